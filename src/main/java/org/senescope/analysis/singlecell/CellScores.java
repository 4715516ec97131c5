package org.senescope.analysis.singlecell;

import java.util.List;

/**
 * Per-cell scores of gene sets: one row per set, in the order given, one value per cell in the matrix's order.
 * Immutable; values are copied in and out.
 *
 * @param sets      the sets' names
 * @param cellCount number of cells
 * @param values    row-major scores, {@code sets.size() * cellCount} of them
 */
public record CellScores(List<String> sets, int cellCount, double[] values) {

    public CellScores {
        sets = List.copyOf(sets);
        values = values.clone();
        if (cellCount < 0 || values.length != (long) sets.size() * cellCount) {
            throw new IllegalArgumentException("expected " + sets.size() + " x " + cellCount + " scores, found "
                    + values.length);
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The score of set {@code set} (its index in {@link #sets()}) in cell {@code cell}. */
    public double value(int set, int cell) {
        return values[set * cellCount + cell];
    }

    /** The scores of set {@code set} in every cell. */
    public double[] scoresOf(int set) {
        double[] row = new double[cellCount];
        System.arraycopy(values, set * cellCount, row, 0, cellCount);
        return row;
    }
}
