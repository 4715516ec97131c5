package org.senescope.workflow;

import org.senescope.analysis.stats.Quantiles;
import org.senescope.model.data.ExpressionMatrix;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a matrix looks linear-scale, by GEO2R's rule: the 99th percentile of the values is above 100, or they span
 * more than 50 with a positive lower quartile. limma, camera and GSVA's Gaussian kernel expect log-scale values, and
 * the classic P53 GCT is linear (its reference results take log2 first). A heuristic: it warns, it never refuses.
 */
public final class ValueScale {

    /** Values beyond this many are sampled at an even stride, so a 20,000 x 1,000 matrix is not copied to be sorted. */
    private static final int MAX_SAMPLED = 200_000;

    private ValueScale() {
    }

    /** A warning when {@code matrix} looks linear-scale and no log is to be taken, or log-scale and one is. */
    public static Optional<String> warning(String source, ExpressionMatrix matrix, boolean log2Asked) {
        double[] v = sample(matrix);
        if (v.length == 0) {
            return Optional.empty();
        }
        double q25 = Quantiles.type7(v, 0.25);
        double q99 = Quantiles.type7(v, 0.99);
        boolean linear = q99 > 100 || (v[v.length - 1] - v[0] > 50 && q25 > 0);
        if (linear && !log2Asked) {
            return Optional.of(String.format(Locale.ROOT, "warning: %s looks linear-scale (99th percentile %.4g, "
                    + "range %.4g to %.4g); the statistics expect log-scale values: add --log2 if these are "
                    + "intensities or counts", source, q99, v[0], v[v.length - 1]));
        }
        if (!linear && log2Asked) {
            return Optional.of(String.format(Locale.ROOT, "warning: %s looks log-scale already (99th percentile "
                    + "%.4g); --log2 takes the log again", source, q99));
        }
        return Optional.empty();
    }

    private static double[] sample(ExpressionMatrix m) {
        long total = (long) m.rowCount() * m.sampleCount();
        long stride = Math.max(1, total / MAX_SAMPLED);
        double[] v = new double[(int) Math.min(total, MAX_SAMPLED + 1L)];
        int n = 0;
        for (long i = 0; i < total && n < v.length; i += stride) {
            double x = m.value((int) (i / m.sampleCount()), (int) (i % m.sampleCount()));
            if (Double.isFinite(x)) {
                v[n++] = x;
            }
        }
        double[] finite = Arrays.copyOf(v, n);
        Arrays.sort(finite);
        return finite;
    }
}
