package org.senescope.spark;

import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.Feature;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A matrix handed over cell by cell for the converter ({@link ConvertJob}), never held whole: its genes, barcodes and
 * obs are in memory (strings, one per gene and cell), its non-zeros only a block of cells at a time. The caller
 * closes it.
 */
interface CellSource extends Closeable {

    List<Feature> features();

    List<String> barcodes();

    /** The cells' annotations, where the file has them (an {@code .h5ad}'s obs). */
    Optional<CellAnnotations> obs();

    /**
     * Hands every cell, 0 to {@code barcodes().size() - 1} in order, to {@code sink}: its non-zero genes strictly
     * ascending and their values (as float, zeros dropped, as Senescope's readers hold them).
     *
     * @param blockCells how many cells are read at once (the memory bound)
     * @throws org.senescope.failure.InputFormatException when the matrix is not as its format says
     */
    void cells(int blockCells, CellSink sink) throws IOException;

    /** Takes one cell of a {@link CellSource}. */
    @FunctionalInterface
    interface CellSink {
        void cell(int cell, int[] genes, float[] values);
    }
}
