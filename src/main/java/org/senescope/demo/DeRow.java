package org.senescope.demo;

import java.util.Objects;

/**
 * One gene of a differential-expression table.
 *
 * @param symbol         the MGI mouse gene symbol, as written
 * @param log2FoldChange NaN when the table says NA
 * @param pvalue         NaN when the table says NA
 * @param padj           NaN when the table says NA
 */
public record DeRow(String symbol, double log2FoldChange, double pvalue, double padj) {
    public DeRow {
        Objects.requireNonNull(symbol, "symbol");
    }
}
