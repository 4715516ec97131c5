/**
 * PDF back end: any {@link org.senescope.render.Drawing} (network figure or plot) drawn with PDFBox and
 * pdfbox-graphics2d on one page at its size, the figure font embedded, text as text, fixed date and identifier.
 * Depends on {@link org.senescope.render}, PDFBox and pdfbox-graphics2d.
 */
package org.senescope.render.pdf;
