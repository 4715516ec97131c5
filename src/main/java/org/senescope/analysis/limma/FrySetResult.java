package org.senescope.analysis.limma;

/**
 * One gene set's row of a fry table, with limma's column meanings.
 *
 * @param name        the set's name
 * @param genes       genes of the set in the data ({@code NGenes})
 * @param direction   {@code "Up"} or {@code "Down"}: the sign of the set's mean standardised group effect (Up when it
 *                    is zero, as limma)
 * @param pValue      two-sided p-value of the directional test: the set's genes moving together one way
 *                    ({@code PValue})
 * @param fdr         Benjamini–Hochberg of {@link #pValue} over all sets tested together ({@code FDR})
 * @param pValueMixed p-value of the mixed test: the set's genes moving, whichever way each one goes
 *                    ({@code PValue.Mixed}); for a set of one gene, the directional p-value
 * @param fdrMixed    Benjamini–Hochberg of {@link #pValueMixed} ({@code FDR.Mixed})
 */
public record FrySetResult(String name, int genes, String direction, double pValue, double fdr, double pValueMixed,
                           double fdrMixed) {
}
