package org.senescope.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns non-zeros that come in any order (a MatrixMarket file, a {@code csc_matrix} by gene) into cells in order,
 * through a bounded pass on disk: each entry is appended (12 bytes: cell, gene, value) to the spill file of its block
 * of {@code blockCells} cells, then each file in turn is read back, sorted by cell and gene, handed on and deleted.
 * Memory: one block's entries (20 bytes each while sorted) and a 16 KiB buffer per block's file (one file a block is
 * open while entries come, so {@code ulimit -n} must exceed the number of blocks); disk: 12 bytes a non-zero.
 */
final class CellTranspose implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final String source;
    private final int cells;
    private final int blockCells;
    private final Path dir;
    private final DataOutputStream[] spills;

    CellTranspose(String source, int cells, int blockCells, Path spillDir) throws IOException {
        this.source = source;
        this.cells = cells;
        this.blockCells = blockCells;
        this.dir = Files.createTempDirectory(Files.createDirectories(spillDir), "senescope-transpose");
        this.spills = new DataOutputStream[(cells + blockCells - 1) / blockCells];
    }

    /** Takes the entry of gene {@code g} in cell {@code c} (both in range). */
    void add(int g, int c, float v) throws IOException {
        int block = c / blockCells;
        if (spills[block] == null) {
            spills[block] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(block)),
                    BUFFER));
        }
        spills[block].writeInt(c - block * blockCells);
        spills[block].writeInt(g);
        spills[block].writeFloat(v);
    }

    /**
     * Hands every cell in order to {@code sink}, block by block.
     *
     * @throws org.senescope.failure.InputFormatException when a gene and cell came more than once
     */
    void drain(CellSource.CellSink sink) throws IOException {
        for (int b = 0; b < spills.length; b++) {
            int first = b * blockCells;
            int n = Math.min(blockCells, cells - first);
            long[][] byCell = read(b, n);
            for (int c = 0; c < n; c++) {
                int[] genes = new int[byCell[c].length];
                float[] values = new float[genes.length];
                CellAssembler.unpack(source, first + c, byCell[c], genes, values);
                byCell[c] = null;
                sink.cell(first + c, genes, values);
            }
        }
    }

    /** Block {@code b}'s entries by cell ({@link CellAssembler#key}), its spill file deleted. */
    private long[][] read(int b, int n) throws IOException {
        long[][] byCell = new long[n][];
        if (spills[b] == null) {
            Arrays.fill(byCell, new long[0]);
            return byCell;
        }
        spills[b].close();
        spills[b] = null;
        Path file = file(b);
        long[] entries = new long[Math.toIntExact(Files.size(file) / 12)];
        int[] cellOf = new int[entries.length];
        int[] count = new int[n];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
            for (int i = 0; i < entries.length; i++) {
                cellOf[i] = in.readInt();
                entries[i] = CellAssembler.key(in.readInt(), in.readFloat());
                count[cellOf[i]]++;
            }
        }
        Files.delete(file);
        for (int c = 0; c < n; c++) {
            byCell[c] = new long[count[c]];
            count[c] = 0;
        }
        for (int i = 0; i < entries.length; i++) {
            byCell[cellOf[i]][count[cellOf[i]]++] = entries[i];
        }
        return byCell;
    }

    private Path file(int block) {
        return dir.resolve("block-" + block + ".bin");
    }

    /** Closes and deletes whatever spill files are left (all of them after a failure). */
    @Override
    public void close() throws IOException {
        for (int b = 0; b < spills.length; b++) {
            if (spills[b] != null) {
                spills[b].close();
                spills[b] = null;
            }
            Files.deleteIfExists(file(b));
        }
        Files.deleteIfExists(dir);
    }
}
