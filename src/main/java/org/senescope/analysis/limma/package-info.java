/**
 * limma's moderated t and its gene-set tests, computed as limma 3.54 computes them:
 * {@link org.senescope.analysis.limma.ModeratedT} ({@code lmFit} + {@code eBayes} for two sample groups, with
 * {@code squeezeVar}/{@code fitFDist} and the B statistic), {@link org.senescope.analysis.limma.Camera} ({@code camera}
 * with a fixed or estimated inter-gene correlation, with or without ranks, and {@code cameraPR}),
 * {@link org.senescope.analysis.limma.GeneSetTest} ({@code geneSetTest} with ranks) and
 * {@link org.senescope.analysis.limma.Fry} (the self-contained {@code fry}). Inputs are an expression matrix on log
 * scale, the sample groups and gene sets already intersected with the matrix's rows; nothing is read from files.
 */
package org.senescope.analysis.limma;
