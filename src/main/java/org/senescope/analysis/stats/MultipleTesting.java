package org.senescope.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Multiple-testing adjustment of p-values, as R's {@code p.adjust}. Stateless and thread-safe. */
public final class MultipleTesting {

    private MultipleTesting() {
    }

    /**
     * Benjamini–Hochberg q-values, as {@code p.adjust(p, "BH")}: NaN p-values stay NaN and do not count towards the
     * number of tests.
     *
     * @return a new array, one q-value per p-value, in the same order
     */
    public static double[] benjaminiHochberg(double[] p) {
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).reversed()).mapToInt(Integer::intValue)
                .toArray();
        int n = order.length;
        double running = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            int rank = n - k;
            // Same operation order as R (n / i * p) so that results agree to the last bit.
            running = Math.min(running, (double) n / rank * p[order[k]]);
            q[order[k]] = Math.min(1.0, running);
        }
        return q;
    }
}
