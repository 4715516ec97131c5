/**
 * GenePattern's GCT expression format, versions 1.2 ({@code Name}, {@code Description}, samples) and 1.3 (row and
 * column metadata), plain or gzip, any line ending. See
 * <a href="https://www.genepattern.org/file-formats-guide">the GenePattern file formats guide</a>.
 */
package org.senescope.read.gct;
