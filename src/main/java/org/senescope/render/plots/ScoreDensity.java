package org.senescope.render.plots;

import java.util.Arrays;

import org.senescope.analysis.stats.Quantiles;

/**
 * The summaries a violin draws of one group's scores: quantiles as R's {@code quantile(type = 7)}, the bandwidth of
 * R's {@code bw.nrd0} and an exact Gaussian kernel density (not R's FFT approximation of it). Stateless.
 */
final class ScoreDensity {

    private ScoreDensity() {
    }

    /** The {@code p}-quantile of ascending {@code sorted} (non-empty), interpolated as R's type 7. */
    static double quantile(double[] sorted, double p) {
        return Quantiles.type7(sorted, p);
    }

    /**
     * R's {@code bw.nrd0} of ascending {@code sorted} (at least two values): 0.9 × min(sd, IQR / 1.34) × n^-0.2,
     * falling back as R does to the sd, then |first value|, then 1 when the smaller spread is 0.
     */
    static double bandwidth(double[] sorted) {
        int n = sorted.length;
        double mean = Arrays.stream(sorted).sum() / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double lo = Math.min(sd, (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 1.34);
        if (lo == 0) {
            lo = sd != 0 ? sd : sorted[0] != 0 ? Math.abs(sorted[0]) : 1;
        }
        return 0.9 * lo * Math.pow(n, -0.2);
    }

    /** The Gaussian kernel density of {@code values} with bandwidth {@code h} at {@code at}. */
    static double density(double[] values, double h, double at) {
        double sum = 0;
        for (double v : values) {
            double z = (at - v) / h;
            sum += Math.exp(-0.5 * z * z);
        }
        return sum / (values.length * h * Math.sqrt(2 * Math.PI));
    }
}
