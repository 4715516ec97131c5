package org.senescope.analysis.singlecell;

import java.util.List;
import java.util.Objects;

/**
 * Per gene and cell type, how many of the type's cells express the gene (a stored value above 0) and the sum of its
 * values there, from one pass over the cells: memory is genes × types, whatever the number of cells. Immutable.
 *
 * @param genes    the genes, in the data's order
 * @param types    the cell types, in order
 * @param cells    per type, its number of cells
 * @param detected per gene (row) and type (column, {@code gene * types + type}), cells with a value above 0
 * @param sums     the same layout: the sum of the values over the type's cells
 */
public record CellTypeExpression(List<String> genes, List<String> types, int[] cells, int[] detected,
                                 double[] sums) {

    public CellTypeExpression {
        genes = List.copyOf(genes);
        types = List.copyOf(types);
        cells = cells.clone();
        detected = detected.clone();
        sums = sums.clone();
        if (cells.length != types.size() || detected.length != genes.size() * types.size()
                || sums.length != detected.length) {
            throw new IllegalArgumentException("expected " + types.size() + " cell counts and "
                    + genes.size() * types.size() + " gene × type values");
        }
    }

    /**
     * Sums {@code values} by cell type: cell {@code c} is of type {@code typeOf[c]} (an index into {@code types}),
     * or of none when it is -1, and is then left out.
     *
     * @throws IllegalArgumentException when {@code typeOf} does not give one type per cell
     */
    public static CellTypeExpression of(CellColumns values, List<String> types, int[] typeOf) {
        Objects.requireNonNull(types, "types");
        if (typeOf.length != values.cellCount()) {
            throw new IllegalArgumentException("expected a type for each of the " + values.cellCount()
                    + " cells, found " + typeOf.length);
        }
        int t = types.size();
        int[] cells = new int[t];
        int[] detected = new int[values.genes().size() * t];
        double[] sums = new double[detected.length];
        for (int c = 0; c < typeOf.length; c++) {
            int type = typeOf[c];
            if (type < 0) {
                continue;
            }
            cells[type]++;
            SparseColumn cell = values.cell(c);
            for (int i = 0; i < cell.size(); i++) {
                double value = cell.value(i);
                if (value > 0) {
                    int at = cell.gene(i) * t + type;
                    detected[at]++;
                    sums[at] += value;
                }
            }
        }
        return new CellTypeExpression(values.genes(), types, cells, detected, sums);
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }

    @Override
    public int[] detected() {
        return detected.clone();
    }

    @Override
    public double[] sums() {
        return sums.clone();
    }

    /** Number of cells of type {@code type}. */
    public int cellCount(int type) {
        return cells[type];
    }

    /** The fraction of the type's cells with a value above 0 for gene {@code gene}; NaN for a type of no cell. */
    public double fraction(int gene, int type) {
        return cells[type] == 0 ? Double.NaN : (double) detected[gene * types.size() + type] / cells[type];
    }

    /** The mean value of gene {@code gene} over all the type's cells, zeros included; NaN for a type of no cell. */
    public double mean(int gene, int type) {
        return cells[type] == 0 ? Double.NaN : sums[gene * types.size() + type] / cells[type];
    }
}
