/**
 * Numerics shared by the gene-set methods, written to reproduce R's results: multiple-testing adjustment as
 * {@code p.adjust} computes it, and quantiles as {@code quantile} does. Stateless and thread-safe.
 */
package org.senescope.analysis.stats;
