package org.senescope.render.plots;

import java.util.Arrays;

/**
 * Builds the {@link CellTypeMark} of one gene set × cell type from its cells' scores: a violin of the scores' Gaussian
 * kernel density (bandwidth R's {@code bw.nrd0}, trimmed to the scores' range, every violin drawn to the same
 * largest half width) when the type has at least {@link CellTypeScorePlot#MIN_VIOLIN_CELLS} cells, else one dot per
 * cell spread evenly across the mark's width in the data's cell order. Stateless.
 */
final class CellTypeMarks {

    /** Points at which a violin's outline is drawn. */
    static final int OUTLINE_POINTS = 64;

    private CellTypeMarks() {
    }

    /**
     * @param scores    the type's finite scores for the set, in the data's cell order (at least one)
     * @param centreX   the mark's centre line
     * @param halfWidth the largest half width of a violin, and the half spread of dots
     */
    static CellTypeMark of(String set, String type, double[] scores, double centreX, double halfWidth) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] quartiles = {ScoreDensity.quantile(sorted, 0.25), ScoreDensity.quantile(sorted, 0.5),
            ScoreDensity.quantile(sorted, 0.75)};
        int n = scores.length;
        if (n < CellTypeScorePlot.MIN_VIOLIN_CELLS) {
            double[] offsets = new double[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = n == 1 ? 0 : halfWidth * (2.0 * i / (n - 1) - 1);
            }
            return new CellTypeMark(set, type, n, false, centreX, scores, offsets, quartiles);
        }
        double lo = sorted[0];
        double hi = sorted[n - 1];
        if (lo == hi) {
            // One value in every cell: a flat bar as wide as the violins, not a density of zero spread.
            return new CellTypeMark(set, type, n, true, centreX, new double[] {lo}, new double[] {halfWidth},
                    quartiles);
        }
        double h = ScoreDensity.bandwidth(sorted);
        double[] at = new double[OUTLINE_POINTS];
        double[] density = new double[OUTLINE_POINTS];
        double max = 0;
        for (int k = 0; k < OUTLINE_POINTS; k++) {
            at[k] = k == OUTLINE_POINTS - 1 ? hi : lo + (hi - lo) * k / (OUTLINE_POINTS - 1);
            density[k] = ScoreDensity.density(sorted, h, at[k]);
            max = Math.max(max, density[k]);
        }
        double[] offsets = new double[OUTLINE_POINTS];
        for (int k = 0; k < OUTLINE_POINTS; k++) {
            offsets[k] = density[k] / max * halfWidth;
        }
        return new CellTypeMark(set, type, n, true, centreX, at, offsets, quartiles);
    }
}
