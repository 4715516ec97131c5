/**
 * Analysis plots: the GSEA enrichment plot ({@link org.senescope.render.plots.EnrichmentPlot}) and the heat map of
 * per-sample gene-set scores ({@link org.senescope.render.plots.ScoreHeatmap}), and per-cell scores by cell type
 * ({@link org.senescope.render.plots.CellTypeScorePlot}), each a {@link
 * org.senescope.render.plots.Plot} (a {@link org.senescope.render.Drawing} under a centred title) written as PNG, SVG
 * or PDF by the network figures' back ends ({@link org.senescope.render.plots.PlotWriter}). Depends on {@link
 * org.senescope.render}, {@code render.files}, {@link org.senescope.analysis} (the results drawn), {@link
 * org.senescope.model} and the JDK's AWT.
 */
package org.senescope.render.plots;
