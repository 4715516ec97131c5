package org.senescope.analysis.singlecell;

/**
 * One cell of a genes × cells matrix: the genes with a stored value, by index ascending, and their values. Genes not
 * listed are 0. A view: implementations read the matrix's own arrays, so reading a cell copies nothing.
 */
public interface SparseColumn {

    /** Number of stored values. */
    int size();

    /** The gene index of stored value {@code i}, in {@code [0, size())}; strictly ascending in {@code i}. */
    int gene(int i);

    /** Stored value {@code i}. */
    double value(int i);

    /**
     * A column over {@code genes} and {@code values}, which are shared, not copied: callers must not change them.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    static SparseColumn of(int[] genes, double[] values) {
        return new ArrayColumn(genes, values);
    }

    /** A column over two parallel arrays. */
    record ArrayColumn(int[] genes, double[] values) implements SparseColumn {

        public ArrayColumn {
            if (genes.length != values.length) {
                throw new IllegalArgumentException("expected a value for each of the " + genes.length
                        + " genes, found " + values.length);
            }
        }

        @Override
        public int size() {
            return genes.length;
        }

        @Override
        public int gene(int i) {
            return genes[i];
        }

        @Override
        public double value(int i) {
            return values[i];
        }
    }
}
