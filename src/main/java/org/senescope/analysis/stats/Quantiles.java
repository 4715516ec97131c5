package org.senescope.analysis.stats;

/** Quantiles as R computes them. Stateless and thread-safe. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The {@code p}-quantile of {@code sorted}, interpolated between order statistics as R's default
     * {@code quantile(type = 7)}.
     *
     * @param sorted ascending values, at least one
     * @param p      the probability, 0 to 1
     */
    public static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
