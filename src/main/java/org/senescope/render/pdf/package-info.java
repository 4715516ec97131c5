/** PDF figures drawn with PDFBox and pdfbox-graphics2d: one page at the figure's size, fonts embedded, text as text. */
package org.senescope.render.pdf;
