/**
 * Gene-set statistics on a user's data, on the model alone (no file I/O; the command line wires readers to these
 * algorithms).
 *
 * <p>This package holds what every method shares: gene sets from the network's modules
 * ({@link org.senescope.analysis.ModuleGeneSets}) and the size filter applied after intersecting sets with the genes
 * measured ({@link org.senescope.analysis.SetSizeFilter}), which lists every set it drops with the reason. Methods live
 * in sub-packages: {@code gsea} (preranked GSEA as fgsea computes it), {@code scores} (per-sample scores as GSVA
 * computes them), {@code singlecell} (per-cell scores as UCell, AUCell and Seurat compute them) and {@code stats}
 * (shared numerics).
 */
package org.senescope.analysis;
