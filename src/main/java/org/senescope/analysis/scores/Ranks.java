package org.senescope.analysis.scores;

import java.util.Arrays;

/** Rank helpers on sorted primitive arrays, shared by the scoring methods. Stateless. */
final class Ranks {

    private Ranks() {
    }

    /** The first index of {@code sorted} whose value is not below {@code value}. */
    static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index of {@code sorted} whose value is above {@code value}. */
    static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The indices of {@code values} ordered by decreasing value, equal values in index order: R's
     * {@code order(x, decreasing = TRUE)}, which is stable. Values must not be NaN.
     */
    static int[] decreasingOrder(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            int above = values.length - upperBound(sorted, values[i]);
            keys[i] = ((long) above << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[values.length];
        for (int p = 0; p < keys.length; p++) {
            order[p] = (int) keys[p];
        }
        return order;
    }
}
