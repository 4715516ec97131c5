/**
 * Analysis plots: the GSEA enrichment plot ({@link org.senescope.render.plots.EnrichmentPlot}) and the heat map of
 * per-sample gene-set scores ({@link org.senescope.render.plots.ScoreHeatmap}), each one drawing routine written as
 * PNG, SVG or PDF by {@link org.senescope.render.plots.PlotWriter} with the figure font and settings of the network
 * figures.
 */
package org.senescope.render.plots;
