package org.senescope.spark;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.cells.MatrixEntries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Takes a reader's entries as they come and hands whole cells on in order ({@link CellSource#cells}): entries that
 * come by cell (a {@code csr_matrix}, a 10x {@code .h5}) are gathered one cell at a time; entries in any other order
 * (MatrixMarket, {@code csc_matrix}) go through a {@link CellTranspose} on disk. Zeros are dropped, as Senescope's
 * readers drop them.
 */
final class CellAssembler implements MatrixEntries {

    private final String source;
    private final int cells;
    private final CellSource.CellSink sink;
    private final Optional<CellTranspose> transpose;
    private int current;
    private int[] genes = new int[64];
    private float[] values = new float[64];
    private int size;

    private CellAssembler(String source, int cells, CellSource.CellSink sink, Optional<CellTranspose> transpose) {
        this.source = source;
        this.cells = cells;
        this.sink = sink;
        this.transpose = transpose;
    }

    /** An assembler for entries that come by cell, in ascending order of cells. */
    static CellAssembler byCell(String source, int cells, CellSource.CellSink sink) {
        return new CellAssembler(source, cells, sink, Optional.empty());
    }

    /** An assembler for entries in any order, spilled to {@code spillDir} in blocks of {@code blockCells} cells. */
    static CellAssembler anyOrder(String source, int cells, int blockCells, Path spillDir, CellSource.CellSink sink)
            throws IOException {
        return new CellAssembler(source, cells, sink, Optional.of(new CellTranspose(source, cells, blockCells,
                spillDir)));
    }

    @Override
    public void add(int g, int c, float v) {
        if (v == 0) {
            return;
        }
        if (transpose.isPresent()) {
            try {
                transpose.get().add(g, c, v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (c < current) {
            throw new IllegalStateException("cell " + c + " after cell " + current + " in a matrix read by cell");
        }
        emitUpTo(c);
        if (size == genes.length) {
            genes = Arrays.copyOf(genes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        genes[size] = g;
        values[size++] = v;
    }

    /** Hands on the cells not handed on yet (all of them from a transpose), then removes its spill files. */
    void finish() throws IOException {
        if (transpose.isPresent()) {
            try (CellTranspose t = transpose.get()) {
                t.drain(sink);
            }
        } else {
            emitUpTo(cells);
        }
    }

    /** Removes the spill files after a failure. */
    void abandon() throws IOException {
        if (transpose.isPresent()) {
            transpose.get().close();
        }
    }

    /** Hands on cells {@code current} up to (not including) {@code c}; the gathered entries are cell current's. */
    private void emitUpTo(int c) {
        for (; current < c; current++) {
            int[] g = Arrays.copyOf(genes, size);
            float[] v = Arrays.copyOf(values, size);
            sortByGene(g, v);
            sink.cell(current, g, v);
            size = 0;
        }
    }

    /** Sorts a cell's entries by gene (10x and scipy usually store them sorted) and refuses a gene given twice. */
    private void sortByGene(int[] g, float[] v) {
        boolean sorted = true;
        for (int k = 1; k < g.length && sorted; k++) {
            sorted = g[k - 1] < g[k];
        }
        if (!sorted) {
            long[] keys = new long[g.length];
            for (int k = 0; k < g.length; k++) {
                keys[k] = key(g[k], v[k]);
            }
            unpack(source, current, keys, g, v);
        }
    }

    /** An entry as one long that sorts by gene: the gene in the high 32 bits, the value's bits in the low. */
    static long key(int g, float v) {
        return ((long) g << 32) | (Float.floatToRawIntBits(v) & 0xffffffffL);
    }

    /**
     * Sorts cell {@code cell}'s entry {@code keys} and unpacks them into {@code g} and {@code v}.
     *
     * @throws InputFormatException when a gene comes twice
     */
    static void unpack(String source, int cell, long[] keys, int[] g, float[] v) {
        Arrays.sort(keys);
        for (int k = 0; k < keys.length; k++) {
            g[k] = (int) (keys[k] >>> 32);
            v[k] = Float.intBitsToFloat((int) keys[k]);
            if (k > 0 && g[k] == g[k - 1]) {
                throw new InputFormatException(source, 0, 0, "gene " + (g[k] + 1) + " of cell " + (cell + 1)
                        + " more than once; expected each entry once");
            }
        }
    }

    /** Not used: the assembler hands cells on as they complete, it builds no matrix. */
    @Override
    public CellMatrix build(List<Feature> features, List<String> barcodes) {
        throw new UnsupportedOperationException("a CellAssembler hands cells on; it builds no matrix");
    }
}
