/**
 * Per-cell gene-set scores on single-cell data: UCell
 * ({@link org.senescope.analysis.singlecell.UCell}), AUCell ({@link org.senescope.analysis.singlecell.AUCell}) and
 * Seurat's {@code AddModuleScore} ({@link org.senescope.analysis.singlecell.SeuratModuleScore}), each equal to its
 * reference implementation, on a genes × cells matrix read one cell at a time
 * ({@link org.senescope.analysis.singlecell.CellColumns}; the model's matrix through
 * {@link org.senescope.analysis.singlecell.MatrixColumns}, which copies no non-zero), log-normalised as Seurat's
 * {@code NormalizeData} does
 * ({@link org.senescope.analysis.singlecell.LogNormalised}). Seurat's control genes are drawn with a port of R's
 * random streams ({@link org.senescope.analysis.singlecell.RRandom}). Pseudobulk sums and voom's log-CPM
 * ({@link org.senescope.analysis.singlecell.Pseudobulk}). On the model alone; reads no files.
 */
package org.senescope.analysis.singlecell;
