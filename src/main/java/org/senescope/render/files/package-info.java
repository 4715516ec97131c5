/**
 * A figure's files as one set: each format's back end chosen by {@link org.senescope.model.format.FigureFormat}
 * ({@link org.senescope.render.files.FigureExport#writerOf}, {@link
 * org.senescope.render.files.FigureExport#drawingWriterOf}), the formats drawn to memory in parallel and written with
 * the recipe and methods text all or nothing. Depends on {@link org.senescope.render} and its format sub-packages,
 * {@link org.senescope.output} and {@link org.senescope.model.format}.
 */
package org.senescope.render.files;
