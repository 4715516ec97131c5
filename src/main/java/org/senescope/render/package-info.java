/**
 * Publication figures of a network with an optional data overlay: one drawing routine ({@link
 * org.senescope.render.FigurePainter}) over a composed {@link org.senescope.render.FigureScene}, written as PNG, SVG,
 * PDF or an interactive HTML page by the writers of the sub-packages, one package per format. The PNG, SVG and PDF
 * back ends take any {@link org.senescope.render.Drawing} (a size in points, a title and a routine drawing into a
 * {@code Graphics2D}) through one contract, {@link org.senescope.render.DrawingWriter}, so that network figures and
 * the analysis plots of {@code render.plots} share each format's settings. Everything is measured in typographic
 * points (1/72 inch) at the figure's physical size; the same inputs give the same picture. Depends on {@link
 * org.senescope.model}, {@link org.senescope.export} (network style), {@code render.layout}, the JDK's AWT and
 * nothing of its format sub-packages.
 */
package org.senescope.render;
