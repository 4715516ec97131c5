/**
 * The GMT gene-set format (MSigDB, GSEA): one set a line, {@code name TAB description TAB gene TAB gene...}.
 *
 * <p>{@link org.senescope.read.gmt.GmtReader} reads a file or a stream the caller owns (plain or gzip, under the input size limit) into immutable
 * {@link org.senescope.model.data.GeneSet}s and reports, rather than hides, what it changed: genes repeated within a
 * set (dropped after the first), and sets whose name was already used (dropped after the first).
 */
package org.senescope.read.gmt;
