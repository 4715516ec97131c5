/**
 * Per-sample gene-set scores as GSVA 1.46 computes them: ssGSEA ({@link org.senescope.analysis.scores.SsGsea}), GSVA
 * ({@link org.senescope.analysis.scores.Gsva}), the combined z-score ({@link org.senescope.analysis.scores.ZScore}) and
 * PLAGE ({@link org.senescope.analysis.scores.Plage}), each giving {@link org.senescope.analysis.scores.SampleScores}.
 * Algorithms take an expression matrix already on the scale the method expects (log2 for microarray intensities);
 * they read no files.
 */
package org.senescope.analysis.scores;
