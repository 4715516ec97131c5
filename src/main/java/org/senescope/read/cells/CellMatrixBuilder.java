package org.senescope.read.cells;

import java.util.Arrays;
import java.util.List;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

/**
 * Collects the non-zero entries of a genes × cells matrix, in any order, and builds the {@link CellMatrix} stored by
 * cell. Entries cost {@link #BYTES_PER_ENTRY} bytes while collected (gene, cell, value) and 8 once built; the heap is
 * checked before each allocation, so a matrix too large for it is refused with a message before the JVM runs out of
 * memory. Explicit zeros are dropped. Not thread-safe.
 */
public final class CellMatrixBuilder implements MatrixEntries {

    /** Heap bytes per entry while entries are collected: a gene and a cell index and a float value. */
    public static final int BYTES_PER_ENTRY = 12;

    private final String source;
    private final int genes;
    private final int cells;
    private final long heapBytes;
    private int[] gene;
    private int[] cell;
    private float[] value;
    private int size;
    private boolean ordered = true;

    private CellMatrixBuilder(String source, int genes, int cells, long heapBytes, int capacity) {
        this.source = source;
        this.genes = genes;
        this.cells = cells;
        this.heapBytes = heapBytes;
        gene = new int[capacity];
        cell = new int[capacity];
        value = new float[capacity];
    }

    /**
     * A builder for a {@code genes × cells} matrix expecting about {@code entries} entries (more are taken, growing
     * the arrays), within a heap of {@code heapBytes} ({@code Runtime.getRuntime().maxMemory()} outside tests).
     *
     * @param line the line to name if the entries do not fit (the line that declared them), or 0
     * @throws InputFormatException when {@code entries} entries would not fit in the heap
     */
    public static CellMatrixBuilder expecting(String source, long line, int genes, int cells, long entries,
                                              long heapBytes) {
        checkHeap(source, line, entries, heapBytes);
        return new CellMatrixBuilder(source, genes, cells, heapBytes, (int) entries);
    }

    /**
     * Refuses {@code entries} entries that would not fit in {@code heapBytes} at {@link #BYTES_PER_ENTRY} bytes each,
     * or that exceed {@link CellMatrix#MAX_NON_ZEROS}.
     */
    public static void checkHeap(String source, long line, long entries, long heapBytes) {
        checkHeap(source, line, entries, BYTES_PER_ENTRY, heapBytes);
    }

    /** As {@link #checkHeap(String, long, long, long)}, at {@code bytesPerEntry} bytes an entry. */
    static void checkHeap(String source, long line, long entries, int bytesPerEntry, long heapBytes) {
        if (entries > CellMatrix.MAX_NON_ZEROS) {
            throw new InputFormatException(source, line, 0, String.format("%,d non-zero values; expected at most"
                    + " %,d (Java's largest array)", entries, CellMatrix.MAX_NON_ZEROS));
        }
        if (entries * bytesPerEntry > heapBytes) {
            throw new InputFormatException(source, line, 0, String.format("%,d non-zero values need about %,d MB"
                            + " of Java heap to read (%d bytes each), more than the %,d MB there are; expected a"
                            + " smaller matrix (or a larger heap: java -Xmx)", entries,
                    mib(entries * bytesPerEntry), bytesPerEntry, mib(heapBytes)));
        }
    }

    private static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** The number of entries taken so far (explicit zeros not counted). */
    public int size() {
        return size;
    }

    /**
     * Takes one entry; the caller has checked that {@code g} and {@code c} are in range and {@code v} is finite.
     * A zero is dropped.
     */
    @Override
    public void add(int g, int c, float v) {
        if (v == 0) {
            return;
        }
        if (size == gene.length) {
            grow();
        }
        if (size > 0 && (c < cell[size - 1] || (c == cell[size - 1] && g <= gene[size - 1]))) {
            ordered = false;
        }
        gene[size] = g;
        cell[size] = c;
        value[size] = v;
        size++;
    }

    private void grow() {
        long capacity = Math.min(CellMatrix.MAX_NON_ZEROS, Math.max(1024, gene.length + (gene.length >> 1)));
        if (capacity == gene.length) {
            checkHeap(source, 0, capacity + 1L, heapBytes);
        }
        checkHeap(source, 0, capacity, heapBytes);
        gene = Arrays.copyOf(gene, (int) capacity);
        cell = Arrays.copyOf(cell, (int) capacity);
        value = Arrays.copyOf(value, (int) capacity);
    }

    /**
     * The matrix, its entries sorted by cell and gene if they came otherwise.
     *
     * @throws InputFormatException when a gene and cell came more than once (naming the first such pair, 1-based)
     */
    @Override
    public CellMatrix build(List<Feature> features, List<String> barcodes) {
        if (features.size() != genes || barcodes.size() != cells) {
            throw new IllegalArgumentException("expected " + genes + " features and " + cells + " barcodes");
        }
        if (!ordered) {
            EntryOrder.sort(cell, gene, value, size);
        }
        int[] start = new int[cells + 1];
        for (int k = 0; k < size; k++) {
            if (k > 0 && cell[k] == cell[k - 1] && gene[k] == gene[k - 1]) {
                throw new InputFormatException(source, 0, 0, "row " + (gene[k] + 1) + ", column " + (cell[k] + 1)
                        + " has more than one entry; expected one value per gene and cell");
            }
            start[cell[k] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        cell = new int[0];
        int[] genesOut = size == gene.length ? gene : Arrays.copyOf(gene, size);
        float[] valuesOut = size == value.length ? value : Arrays.copyOf(value, size);
        return CellMatrix.adopting(features, barcodes, start, genesOut, valuesOut);
    }
}
