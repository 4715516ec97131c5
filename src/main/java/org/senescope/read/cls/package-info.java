/**
 * GenePattern's categorical CLS format: the sample groups of an expression matrix, one label per sample in the
 * matrix's column order ({@code 50 2 1} / {@code # MUT WT} / the labels).
 */
package org.senescope.read.cls;
