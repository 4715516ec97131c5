package org.senescope.analysis.singlecell;

import java.util.List;

/**
 * A genes × cells matrix read by cell (sparse columns), the one thing the per-cell scores need from a single-cell
 * data set. Implementations may build each column on demand; the scores read each column once per pass.
 */
public interface CellColumns {

    /** Gene names, one per row, unique (a reader makes duplicates unique, as Seurat's {@code Read10X} does). */
    List<String> genes();

    /** Number of cells (columns). */
    int cellCount();

    /** The stored values of cell {@code cell}, in {@code [0, cellCount())}. */
    SparseColumn cell(int cell);
}
