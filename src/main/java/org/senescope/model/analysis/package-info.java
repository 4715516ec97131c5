/**
 * Gene-set analysis as plain values both front ends pass or show: the results of a GSEA run and its per-set results,
 * the sets left out with the reason, the settings of a run, the one definition of the GSEA result columns
 * ({@link org.senescope.model.analysis.GseaColumn}) that the results file, the Cytoscape table and the reader of
 * results files all use, and choices such as what to do with result rows of gene sets that are not network modules.
 * Records and enums only; the algorithms that produce them live in {@code analysis}, the readers in {@code read}.
 * Depends on nothing but the JDK.
 */
package org.senescope.model.analysis;
