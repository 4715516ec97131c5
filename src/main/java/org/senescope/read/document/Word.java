package org.senescope.read.document;

/** A run of glyphs with no space between them, from {@code left} to {@code right} on its line. */
record Word(double left, double right, String text) {
}
