package org.senescope.analysis.singlecell;

/**
 * One cell of a genes × cells matrix: the genes with a stored value, by index ascending, and their values. Genes not
 * listed are 0. The arrays are shared, not copied: callers must not change them.
 *
 * @param genes  gene indices, strictly ascending, each in {@code [0, gene count)}
 * @param values the values, parallel to {@code genes}
 */
public record SparseColumn(int[] genes, double[] values) {

    public SparseColumn {
        if (genes.length != values.length) {
            throw new IllegalArgumentException("expected a value for each of the " + genes.length + " genes, found "
                    + values.length);
        }
    }

    /** Number of stored values. */
    public int size() {
        return genes.length;
    }
}
