/**
 * The text of documents for the literature miner, one reader per format, each a
 * {@link org.senescope.read.DataReader}: {@link org.senescope.read.document.PdfDocumentReader} (PDFBox's glyphs put
 * into reading order: lines, one or two columns, running heads, feet and page numbers left out) and
 * {@link org.senescope.read.document.HtmlDocumentReader} (jsoup: a page saved from a journal site without its
 * navigation, scripts, styles, headers, footers, reference list and other boilerplate, one paragraph per block).
 * Both give a {@link org.senescope.read.document.DocumentText}: plain text with paragraphs separated by a blank line
 * and line ends kept where the page had them, so that the miner's text rules (line-end hyphens, inserted blocks) apply
 * as to a text file. Offsets into it are offsets into the extracted text, not into the file. May use {@code failure},
 * {@code input} and the {@code read} contract; writes nothing.
 */
package org.senescope.read.document;
