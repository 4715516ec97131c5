package org.senescope.analysis.singlecell;

import org.senescope.failure.BadDataException;

import java.util.Arrays;

/**
 * Equal-count bins as ggplot2's {@code cut_number(x, n, labels = FALSE, right = FALSE)} makes them: breaks at R's
 * type-7 quantiles of x at {@code seq(0, 1, length.out = n + 1)}, then R's {@code cut} with intervals closed on the
 * left ({@code [a, b)}) and the last one closed on both sides.
 */
final class ExpressionBins {

    private ExpressionBins() {
    }

    /**
     * The bin of each value, 1 to {@code bins}.
     *
     * @throws BadDataException if two breaks are equal (too few distinct values), with ggplot2's message
     */
    static int[] cut(double[] x, int bins) {
        double[] breaks = quantiles(x, probabilities(bins));
        for (int i = 1; i < breaks.length; i++) {
            if (breaks[i] == breaks[i - 1]) {
                throw new BadDataException("Insufficient data values to produce " + bins + " bins.");
            }
        }
        int[] codes = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            codes[i] = code(x[i], breaks);
        }
        return codes;
    }

    /** R's {@code seq(0, 1, length.out = bins + 1)}: the ends exact, the inner points {@code k * (1 / bins)}. */
    static double[] probabilities(int bins) {
        double[] p = new double[bins + 1];
        double by = 1.0 / bins;
        for (int k = 1; k < bins; k++) {
            p[k] = Math.max(0, Math.min(1, k * by));
        }
        p[bins] = 1;
        return p;
    }

    /** R's {@code quantile(x, probs, type = 7)}. */
    static double[] quantiles(double[] x, double[] probs) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double[] q = new double[probs.length];
        for (int k = 0; k < probs.length; k++) {
            double index = 1 + Math.max(n - 1, 0) * probs[k];
            int lo = (int) Math.floor(index);
            int hi = (int) Math.ceil(index);
            q[k] = sorted[lo - 1];
            if (index > lo && sorted[hi - 1] != q[k]) {
                double h = index - lo;
                q[k] = (1 - h) * q[k] + h * sorted[hi - 1];
            }
        }
        return q;
    }

    /** R's {@code .bincode} with {@code right = FALSE, include.lowest = TRUE}: 1-based, 0 when outside. */
    private static int code(double x, double[] breaks) {
        int lo = 0;
        int hi = breaks.length - 1;
        if (x < breaks[lo] || breaks[hi] < x) {
            return 0;
        }
        while (hi - lo >= 2) {
            int mid = (hi + lo) / 2;
            if (x >= breaks[mid]) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }
}
