package org.senescope.read.cells;

import java.util.Arrays;
import java.util.List;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

/**
 * Collects the non-zero entries of a genes × cells matrix that arrive cell by cell (10x's CSC, AnnData's CSR), in
 * the {@link CellMatrix}'s own layout: {@link #BYTES_PER_ENTRY} bytes an entry while collected and after, a third
 * less than {@link CellMatrixBuilder}, which also keeps each entry's cell. Genes out of order within a cell are
 * sorted when the matrix is built. The heap is checked before the arrays are allocated. Explicit zeros are dropped.
 * Not thread-safe.
 */
public final class CellOrderedBuilder implements MatrixEntries {

    /** Heap bytes per entry: a gene index and a float value. */
    public static final int BYTES_PER_ENTRY = 8;

    private final String source;
    private final int genes;
    private final int[] gene;
    private final float[] value;
    /** Entries of each cell so far, at {@code cell + 1}; prefix sums once built. */
    private final int[] start;
    private int size;
    private int lastCell;
    private boolean ordered = true;

    private CellOrderedBuilder(String source, int genes, int cells, int entries) {
        this.source = source;
        this.genes = genes;
        gene = new int[entries];
        value = new float[entries];
        start = new int[cells + 1];
    }

    /**
     * A builder for a {@code genes × cells} matrix of at most {@code entries} entries, within a heap of
     * {@code heapBytes}.
     *
     * @throws InputFormatException when {@code entries} entries would not fit in the heap
     */
    public static CellOrderedBuilder expecting(String source, int genes, int cells, long entries, long heapBytes) {
        CellMatrixBuilder.checkHeap(source, 0, entries, BYTES_PER_ENTRY, heapBytes);
        return new CellOrderedBuilder(source, genes, cells, (int) entries);
    }

    /**
     * Takes one entry of cell {@code c}, which is at least the previous entry's cell; the caller has checked that
     * {@code g} and {@code c} are in range, {@code v} is finite and no more entries come than were expected. A zero
     * is dropped.
     */
    @Override
    public void add(int g, int c, float v) {
        if (v == 0) {
            return;
        }
        if (c < lastCell) {
            throw new IllegalArgumentException("cell " + c + " after cell " + lastCell);
        }
        if (size > 0 && c == lastCell && g <= gene[size - 1]) {
            ordered = false;
        }
        lastCell = c;
        gene[size] = g;
        value[size] = v;
        start[c + 1]++;
        size++;
    }

    /**
     * The matrix, each cell's entries sorted by gene if they came otherwise.
     *
     * @throws InputFormatException when a gene and cell came more than once (naming the first such pair, 1-based)
     */
    @Override
    public CellMatrix build(List<Feature> features, List<String> barcodes) {
        int cells = start.length - 1;
        if (features.size() != genes || barcodes.size() != cells) {
            throw new IllegalArgumentException("expected " + genes + " features and " + cells + " barcodes");
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
            if (!ordered) {
                sortCell(c);
            }
        }
        int[] genesOut = size == gene.length ? gene : Arrays.copyOf(gene, size);
        float[] valuesOut = size == value.length ? value : Arrays.copyOf(value, size);
        return CellMatrix.adopting(features, barcodes, start, genesOut, valuesOut);
    }

    /** Sorts cell {@code c}'s entries by gene (each packed with its value's bits into one long) and checks repeats. */
    private void sortCell(int c) {
        int from = start[c];
        long[] packed = new long[start[c + 1] - from];
        for (int k = 0; k < packed.length; k++) {
            packed[k] = (long) gene[from + k] << 32 | (Float.floatToRawIntBits(value[from + k]) & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int k = 0; k < packed.length; k++) {
            gene[from + k] = (int) (packed[k] >>> 32);
            value[from + k] = Float.intBitsToFloat((int) packed[k]);
            if (k > 0 && gene[from + k] == gene[from + k - 1]) {
                throw new InputFormatException(source, 0, 0, "row " + (gene[from + k] + 1) + ", column " + (c + 1)
                        + " has more than one entry; expected one value per gene and cell");
            }
        }
    }
}
