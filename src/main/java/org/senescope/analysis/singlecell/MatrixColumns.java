package org.senescope.analysis.singlecell;

import java.util.List;
import java.util.Objects;

import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

/**
 * The model's {@link CellMatrix}, as read from a 10x folder, a 10x HDF5 file or an AnnData file, seen as the
 * {@link CellColumns} the scores read: each cell is a view of the matrix's own entries (its floats widened to doubles
 * as they are read), so scoring copies no non-zero. Genes are named by {@link Feature#name()} (the symbol in Cell
 * Ranger's output, AnnData's var index); a repeated name resolves to its first row, as R's {@code match}. Immutable.
 *
 */
public final class MatrixColumns implements CellColumns {

    private final CellMatrix matrix;
    private final List<String> genes;

    /** The cells of {@code matrix}. */
    public MatrixColumns(CellMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.genes = matrix.features().stream().map(Feature::name).toList();
    }

    @Override
    public List<String> genes() {
        return genes;
    }

    @Override
    public int cellCount() {
        return matrix.cells();
    }

    @Override
    public SparseColumn cell(int cell) {
        return new Entries(matrix, matrix.start(cell), matrix.end(cell));
    }

    /** The entries {@code [start, end)} of one cell. */
    private record Entries(CellMatrix matrix, int start, int end) implements SparseColumn {
        @Override
        public int size() {
            return end - start;
        }

        @Override
        public int gene(int i) {
            return matrix.gene(start + Objects.checkIndex(i, end - start));
        }

        @Override
        public double value(int i) {
            return matrix.value(start + Objects.checkIndex(i, end - start));
        }
    }
}
