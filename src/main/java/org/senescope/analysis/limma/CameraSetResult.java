package org.senescope.analysis.limma;

/**
 * One gene set's row of a camera, cameraPR or geneSetTest table.
 *
 * @param name        the set's name
 * @param genes       genes of the set in the data ({@code NGenes})
 * @param correlation the inter-gene correlation used: the fixed value, or the one estimated from the set's residuals
 *                    (NaN for a set of one gene)
 * @param direction   {@code "Up"} or {@code "Down"}: the tail with the smaller p-value (Up on a tie, as limma)
 * @param down        one-sided p-value for a set lower than the other genes
 * @param up          one-sided p-value for a set higher than the other genes
 * @param pValue      two-sided p-value, twice the smaller one-sided one
 * @param fdr         Benjamini–Hochberg over all sets tested together
 */
public record CameraSetResult(String name, int genes, double correlation, String direction, double down, double up,
                              double pValue, double fdr) {
}
