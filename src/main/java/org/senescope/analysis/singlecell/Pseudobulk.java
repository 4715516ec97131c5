package org.senescope.analysis.singlecell;

import java.util.List;

import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.model.data.ExpressionMatrix;

/**
 * Pseudobulk counts: a single-cell count matrix summed over groups of cells (a cell type in a sample), one column per
 * group, and log-CPM as limma's {@code voom} computes it. Stateless.
 */
public final class Pseudobulk {

    private Pseudobulk() {
    }

    /**
     * The counts of {@code counts} summed by column: cell {@code c} adds to column {@code columnOf[c]}, or to none
     * when that is -1. Rows are the matrix's features, named by {@link Feature#name()} with the id as description;
     * sums are exact up to 2^53.
     *
     * @param columnOf for each cell, its column in {@code [0, columns.size())} or -1
     * @param columns  the columns' names
     * @throws IllegalArgumentException when {@code columnOf} has not one entry per cell or one is out of range
     */
    public static ExpressionMatrix sums(CellMatrix counts, int[] columnOf, List<String> columns) {
        if (columnOf.length != counts.cells()) {
            throw new IllegalArgumentException(columnOf.length + " column indices for " + counts.cells() + " cells");
        }
        int n = columns.size();
        double[] sums = new double[counts.genes() * n];
        for (int cell = 0; cell < counts.cells(); cell++) {
            int column = columnOf[cell];
            if (column < -1 || column >= n) {
                throw new IllegalArgumentException("cell " + cell + " in column " + column + " of " + n);
            }
            if (column >= 0) {
                for (int k = counts.start(cell); k < counts.end(cell); k++) {
                    sums[counts.gene(k) * n + column] += counts.value(k);
                }
            }
        }
        return ExpressionMatrix.adopting(counts.features().stream().map(Feature::name).toList(),
                counts.features().stream().map(Feature::id).toList(), columns, sums);
    }

    /**
     * {@code log2((count + 0.5) / (library size + 1) * 1e6)} of every value, the library size a column's sum over
     * all rows of {@code counts}, as limma's {@code voom} computes log-CPM.
     */
    public static ExpressionMatrix logCpm(ExpressionMatrix counts) {
        int rows = counts.rowCount();
        int n = counts.sampleCount();
        double[] library = new double[n];
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < n; s++) {
                library[s] += counts.value(r, s);
            }
        }
        double[] values = new double[rows * n];
        for (int r = 0; r < rows; r++) {
            for (int s = 0; s < n; s++) {
                values[r * n + s] = Math.log((counts.value(r, s) + 0.5) / (library[s] + 1) * 1e6) / Math.log(2);
            }
        }
        return ExpressionMatrix.adopting(counts.rowIds(), counts.rowDescriptions(), counts.sampleNames(), values);
    }
}
