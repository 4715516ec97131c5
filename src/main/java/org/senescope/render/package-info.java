/**
 * Publication figures of a network with an optional data overlay: one drawing routine ({@link
 * org.senescope.render.FigurePainter}) over a composed {@link org.senescope.render.FigureScene}, written as PNG, SVG,
 * PDF or an interactive HTML page by the writers of the sub-packages, one package per format. Everything is measured in
 * typographic points (1/72 inch) at the figure's physical size; the same inputs give the same picture.
 */
package org.senescope.render;
