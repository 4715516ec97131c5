/**
 * Sample sheets: a table with one row per sample, naming each sample's group (condition, treatment, genotype...), as
 * R's {@code colData} or a lab's spreadsheet holds it; read from TSV, CSV or xlsx and matched to a matrix's samples by
 * name.
 */
package org.senescope.read.samplesheet;
