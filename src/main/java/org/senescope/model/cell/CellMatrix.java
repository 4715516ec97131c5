package org.senescope.model.cell;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sparse genes × cells matrix stored by cell (compressed sparse columns): for each cell, the genes with a non-zero
 * value in ascending order and their values, so that per-cell work (ranking a cell's genes for UCell or AUCell,
 * summing a cell's counts) reads one contiguous run. Explicit zeros are never stored.
 *
 * <p>Values are 32-bit floats: exact for counts up to 16,777,216 and as precise as AnnData's usual float32; a
 * double-precision input is rounded to them. Memory is 8 bytes a non-zero plus 4 a cell. At most
 * {@link #MAX_NON_ZEROS} non-zeros (Java's array limit). Immutable and thread-safe; the arrays are never handed out.
 */
public final class CellMatrix {

    /** The most non-zeros a matrix holds: the longest Java array. */
    public static final int MAX_NON_ZEROS = Integer.MAX_VALUE - 8;

    private final List<Feature> features;
    private final List<String> barcodes;
    private final int[] cellStart;
    private final int[] geneIndex;
    private final float[] values;
    private final ValueKind kind;

    private CellMatrix(List<Feature> features, List<String> barcodes, int[] cellStart, int[] geneIndex,
                       float[] values) {
        this.features = List.copyOf(features);
        this.barcodes = List.copyOf(barcodes);
        this.cellStart = Objects.requireNonNull(cellStart, "cellStart");
        this.geneIndex = Objects.requireNonNull(geneIndex, "geneIndex");
        this.values = Objects.requireNonNull(values, "values");
        check();
        this.kind = ValueKind.of(values, values.length);
    }

    /**
     * A matrix that takes the arrays themselves (a reader's, which must not touch them afterwards): a copy would
     * double the memory of a read.
     *
     * @param cellStart {@code barcodes.size() + 1} offsets: cell {@code c}'s entries are
     *                  {@code [cellStart[c], cellStart[c + 1])}, starting at 0 and ending at the number of non-zeros
     * @param geneIndex each entry's 0-based row (feature), strictly ascending within a cell
     * @param values    each entry's value, finite and non-zero
     * @throws IllegalArgumentException when the arrays do not describe such a matrix
     */
    public static CellMatrix adopting(List<Feature> features, List<String> barcodes, int[] cellStart,
                                      int[] geneIndex, float[] values) {
        return new CellMatrix(features, barcodes, cellStart, geneIndex, values);
    }

    private void check() {
        if (cellStart.length != barcodes.size() + 1 || cellStart[0] != 0
                || cellStart[barcodes.size()] != geneIndex.length || values.length != geneIndex.length) {
            throw new IllegalArgumentException("expected " + (barcodes.size() + 1) + " cell offsets from 0 to "
                    + geneIndex.length + " and one value per gene index");
        }
        for (int c = 0; c < barcodes.size(); c++) {
            int previous = -1;
            if (cellStart[c + 1] < cellStart[c]) {
                throw new IllegalArgumentException("cell offsets decrease at cell " + c);
            }
            for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                if (geneIndex[k] <= previous || geneIndex[k] >= features.size()) {
                    throw new IllegalArgumentException("gene index " + geneIndex[k] + " of cell " + c
                            + " out of order or range");
                }
                if (!Float.isFinite(values[k]) || values[k] == 0) {
                    throw new IllegalArgumentException("value " + values[k] + " stored for cell " + c);
                }
                previous = geneIndex[k];
            }
        }
    }

    /** The rows, in order. */
    public List<Feature> features() {
        return features;
    }

    /** The cells' barcodes, in column order. */
    public List<String> barcodes() {
        return barcodes;
    }

    /** The number of rows (features). */
    public int genes() {
        return features.size();
    }

    /** The number of columns (cells). */
    public int cells() {
        return barcodes.size();
    }

    /** The number of stored (non-zero) values. */
    public int nonZeros() {
        return geneIndex.length;
    }

    /** Counts, log-normalised values or other, as the values show. */
    public ValueKind kind() {
        return kind;
    }

    /** The first entry of {@code cell}: its entries are {@code [start(cell), end(cell))}. */
    public int start(int cell) {
        return cellStart[cell];
    }

    /** One past the last entry of {@code cell}. */
    public int end(int cell) {
        return cellStart[cell + 1];
    }

    /** The 0-based row of entry {@code k}. */
    public int gene(int k) {
        return geneIndex[k];
    }

    /** The value of entry {@code k}. */
    public float value(int k) {
        return values[k];
    }

    /** The value at ({@code gene}, {@code cell}), 0 where none is stored; a binary search in the cell. */
    public float get(int gene, int cell) {
        Objects.checkIndex(gene, genes());
        int k = Arrays.binarySearch(geneIndex, cellStart[cell], cellStart[cell + 1], gene);
        return k >= 0 ? values[k] : 0;
    }

    /** The sum of all values, in double precision (for counts, the total UMIs). */
    public double total() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
