package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where each cell's type comes from, for summaries by cell type: nowhere, a column of a cell-metadata TSV, or a column
 * of an AnnData file's {@code obs}. Immutable.
 */
public sealed interface CellTypeChoice permits CellTypeChoice.None, CellTypeChoice.FileColumn,
        CellTypeChoice.ObsColumn {

    /** No cell types: no summaries by cell type. */
    record None() implements CellTypeChoice {
    }

    /** Column {@code column} of the cell-metadata TSV {@code file} (the barcode first). */
    record FileColumn(Path file, String column) implements CellTypeChoice {
        public FileColumn {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(column, "column");
        }
    }

    /** Column {@code column} of the AnnData file's {@code obs}. */
    record ObsColumn(String column) implements CellTypeChoice {
        public ObsColumn {
            Objects.requireNonNull(column, "column");
        }
    }
}
