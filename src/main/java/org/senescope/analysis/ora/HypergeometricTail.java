package org.senescope.analysis.ora;

import org.hipparchus.distribution.discrete.HypergeometricDistribution;

/**
 * The upper tail of the hypergeometric distribution, {@code P[X >= k]}, for over-representation tests. Each term is
 * computed in log space with Hipparchus's saddle-point {@code logProbability} (Loader's algorithm) and the terms are
 * summed relative to the largest, so a tail far below {@code Double.MIN_NORMAL} stays positive as long as it is
 * representable as a double (down to about 4.9e-324). Stateless and thread-safe.
 */
public final class HypergeometricTail {

    private HypergeometricTail() {
    }

    /**
     * {@code P[X >= k]} where X counts marked items in a sample of {@code n} drawn without replacement from
     * {@code population} items of which {@code marked} are marked; R's {@code phyper(k - 1, K, N - K, n,
     * lower.tail = FALSE)}.
     *
     * @throws IllegalArgumentException when the counts are negative or {@code marked} or {@code n} exceeds
     *                                  {@code population}
     */
    public static double upper(int population, int marked, int n, int k) {
        if (population < 0 || marked < 0 || n < 0 || marked > population || n > population) {
            throw new IllegalArgumentException("no hypergeometric distribution with population " + population
                    + ", " + marked + " marked and a sample of " + n);
        }
        int low = Math.max(0, n - (population - marked));
        int high = Math.min(marked, n);
        if (k <= low) {
            return 1.0;
        }
        if (k > high) {
            return 0.0;
        }
        HypergeometricDistribution d = new HypergeometricDistribution(population, marked, n);
        double mode = Math.floor((n + 1.0) * (marked + 1.0) / (population + 2.0));
        if (k <= mode) {
            // The tail holds the mode, so it is not small: 1 - P[X <= k - 1], with the lower tail summed downwards.
            return Math.min(1.0, Math.max(0.0, 1.0 - sum(d, k - 1, low, -1)));
        }
        return Math.min(1.0, sum(d, k, high, 1));
    }

    /** Sums P[X = x] from {@code from} towards {@code to}, where terms decrease away from {@code from}. */
    private static double sum(HypergeometricDistribution d, int from, int to, int step) {
        double first = d.logProbability(from);
        double relative = 0;
        for (int x = from; step > 0 ? x <= to : x >= to; x += step) {
            double term = Math.exp(d.logProbability(x) - first);
            relative += term;
            if (term < 1e-18 * relative) {
                break;
            }
        }
        // exp(first + log(relative)) keeps a tail whose first term is subnormal as precise as a double allows.
        return Math.exp(first + Math.log(relative));
    }
}
