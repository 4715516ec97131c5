/**
 * The results of gene-set analyses as both front ends show them: a GSEA run and its per-set results, the sets left
 * out with the reason, the settings of a run, and the one definition of the GSEA result columns
 * ({@link org.senescope.model.analysis.GseaColumn}) that the results file, the Cytoscape table and the reader of
 * results files all use. Records and enums only; the algorithms that produce them live in {@code analysis}. Depends
 * on nothing but the JDK.
 */
package org.senescope.model.analysis;
