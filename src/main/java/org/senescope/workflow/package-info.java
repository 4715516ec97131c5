/**
 * Each user-facing job written once, between the libraries and the two front ends: build the network, overlay data,
 * gene-set analysis (GSEA, scores, camera, ORA), single-cell scores and pseudobulk, figures, network export and the
 * demo.
 *
 * <p>A job takes a request record and returns a result record: the values, notes for the user, the mapping or
 * skipped report, and the files to write as one set ({@link org.senescope.workflow.OutputSet}, written whole or not
 * at all through a staging folder by {@link org.senescope.output.FileSetPlacement}, existing files refused unless
 * {@link org.senescope.workflow.ExistingFiles#REPLACE}). For example {@link org.senescope.workflow.NetworkJob},
 * {@link org.senescope.workflow.OverlayJob} and {@link org.senescope.workflow.ExportJob}, which the other two write
 * their networks through. The command line turns options into a request and prints the
 * result; the Cytoscape adapter turns Tunables into a request and puts the result into tables, styles and views. The
 * same request gives the same numbers, notes and files from both. Failures are
 * {@link org.senescope.failure.SenescopeException}s and {@link java.io.IOException}s, never exit codes. May use every
 * library package (model, genes, knowledge, read, export, overlay, analysis, render, demo); never the front ends,
 * Cytoscape or picocli.
 */
package org.senescope.workflow;
