package org.senescope.read.document;

/**
 * One character drawn on a PDF page, in the page's reading direction with y growing downwards.
 *
 * @param x    left edge
 * @param y    baseline
 * @param width  advance width
 * @param size font size (height of an em)
 * @param text the character(s) it stands for
 */
record Glyph(double x, double y, double width, double size, String text) {

    double right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
