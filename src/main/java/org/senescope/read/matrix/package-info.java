/**
 * Genes × samples expression matrices in delimited text: identifiers in the first column, an optional
 * {@code Description} column, then one numeric column per sample. The reader scans bytes straight into a
 * {@code double[]} for speed, decodes each number exactly as {@link java.lang.Double#parseDouble} would, and counts
 * missing and infinite values instead of failing on them.
 */
package org.senescope.read.matrix;
