package org.senescope.analysis.gsea;

import java.util.Arrays;

/**
 * The first draws of a random gene set, scored after each size the permutation step needs, in much less than one
 * pass over the members per size. Members are kept in groups of consecutive ranks (about the square root of the
 * largest size of them), each sorted. The running sum at a member is the group's offset (the weight and the number
 * of members before the group) plus a part local to the group; for each group the extreme local parts are cached with
 * the 1/weight and 1/misses factors they were computed at. As a set grows, 1/weight only falls and 1/misses only
 * rises, so a cached extreme bounds the group's current one. A member drawn into a group loosens its cached extremes
 * by what the member can add, so they stay bounds. Only groups whose bound could beat the best exact value found are
 * rescanned. Weights must not be negative.
 *
 * <p>Scores agree with a full pass (fgsea's calcGseaStat, with reciprocals for divisions) up to the last bits of
 * rounding, which do not matter for a null distribution. Not thread-safe: one per task.
 */
final class RandomPrefix {

    /** Below this many members per group on average, a score rescans every group instead of bounding them. */
    private static final int SCAN_ALL_PER_GROUP = 4;

    private final int n;
    private final int groups;
    private final int capacity;
    /** Group g's members, by rank, at {@code [g * capacity, g * capacity + count[g])}. */
    private final int[] ranks;
    private final double[] weights;
    private final int[] count;
    private final double[] groupWeight;
    /**
     * Whether a group's cached extremes bound its current members' local parts at the cached factors (an upper bound
     * of the rises, a lower bound of the dips), and whether they are exact, with where they were.
     */
    private final boolean[] cached;
    private final boolean[] exact;
    private final double[] cacheA;
    private final double[] cacheB;
    /** Largest local rise (weight through a member times a, minus its local misses times b) and where it was. */
    private final double[] topLocal;
    private final double[] topWeight;
    private final double[] topMisses;
    /** Smallest local dip (weight before a member times a, minus its local misses times b) and where it was. */
    private final double[] bottomLocal;
    private final double[] bottomWeight;
    private final double[] bottomMisses;
    private final double[] offset;
    private int size;
    private double total;
    /** The groups that held the extremes at the last score: where the next score starts. */
    private int topGroup;
    private int bottomGroup;

    /**
     * @param n        genes in the ranking
     * @param capacity the most members the prefix will hold
     */
    RandomPrefix(int n, int capacity) {
        this.n = n;
        this.capacity = capacity;
        this.groups = Math.max(1, Math.min(64, (int) Math.round(Math.sqrt(capacity))));
        ranks = new int[groups * capacity];
        weights = new double[groups * capacity];
        count = new int[groups];
        groupWeight = new double[groups];
        cached = new boolean[groups];
        exact = new boolean[groups];
        cacheA = new double[groups];
        cacheB = new double[groups];
        topLocal = new double[groups];
        topWeight = new double[groups];
        topMisses = new double[groups];
        bottomLocal = new double[groups];
        bottomWeight = new double[groups];
        bottomMisses = new double[groups];
        offset = new double[groups];
    }

    void clear() {
        Arrays.fill(count, 0);
        Arrays.fill(groupWeight, 0);
        Arrays.fill(cached, false);
        Arrays.fill(exact, false);
        size = 0;
        total = 0;
    }

    /** Adds the gene of {@code rank} (not yet a member) with its {@code weight}, at least 0. */
    void insert(int rank, double weight) {
        int g = (int) ((long) rank * groups / n);
        int from = g * capacity;
        int c = count[g];
        int at = -Arrays.binarySearch(ranks, from, from + c, rank) - 1;
        System.arraycopy(ranks, at, ranks, at + 1, from + c - at);
        System.arraycopy(weights, at, weights, at + 1, from + c - at);
        ranks[at] = rank;
        weights[at] = weight;
        if (cached[g]) {
            loosen(g, at - from, rank, weight);
        }
        count[g] = c + 1;
        groupWeight[g] += weight;
        size++;
        total += weight;
    }

    /**
     * Keeps group {@code g}'s cached extremes valid bounds, at their cached factors, after a member joined at local
     * index {@code at}, so that a group drawn into is rescanned only if its bound could matter. Members after it rise
     * by the new weight and one miss less; the new member rises at most its weight above the member before it, and
     * dips no lower than the member after it; at either end it is computed.
     */
    private void loosen(int g, int at, int rank, double weight) {
        double a = cacheA[g];
        double b = cacheB[g];
        double top = topLocal[g] + weight * a + b;
        topLocal[g] = at == 0 ? Math.max(top, weight * a - rank * b) : top;
        if (at == count[g]) {
            bottomLocal[g] = Math.min(bottomLocal[g], groupWeight[g] * a - (rank - at) * b);
        }
        exact[g] = false;
    }

    /** The enrichment score (fgsea's calcGseaStat) of the members so far. */
    double score() {
        if (total == 0) {
            return EnrichmentScore.of(new double[n], members()).score();
        }
        double a = 1.0 / total;
        double b = 1.0 / (n - size);
        double weightBefore = 0;
        int membersBefore = 0;
        for (int g = 0; g < groups; g++) {
            offset[g] = weightBefore * a + membersBefore * b;
            weightBefore += groupWeight[g];
            membersBefore += count[g];
        }
        // Small sets: every group is rescanned, which costs little more than the bounds would. Larger ones start
        // from the exact current values at the cached extremes of the groups that held the last score's extremes.
        boolean scanAll = size < SCAN_ALL_PER_GROUP * groups;
        double maxTop = scanAll ? Double.NEGATIVE_INFINITY : current(topGroup, a, b, true);
        double minBottom = scanAll ? Double.POSITIVE_INFINITY : current(bottomGroup, a, b, false);
        for (int g = 0; g < groups; g++) {
            if (count[g] == 0) {
                continue;
            }
            if (scanAll || !cached[g]) {
                scan(g, a, b);
            } else if (!exact[g] || cacheA[g] != a || cacheB[g] != b) {
                // Since the cache: every local rise fell by its weight x (a0 - a) >= 0 and by its misses x (b - b0),
                // both at least the first member's; every local dip fell by at most its weight before x (a0 - a),
                // at most the last member's, plus its misses x (b - b0), at most the last member's.
                int first = g * capacity;
                int last = first + count[g] - 1;
                double da = cacheA[g] - a;
                double db = b - cacheB[g];
                double riseBound = offset[g] + topLocal[g] - (weights[first] * da + ranks[first] * db);
                double dipBound = offset[g] + bottomLocal[g] - (groupWeight[g] - weights[last]) * da
                        - (ranks[last] - (count[g] - 1)) * db;
                if (riseBound <= maxTop && dipBound >= minBottom) {
                    continue;
                }
                scan(g, a, b);
            }
            double top = offset[g] + topLocal[g];
            if (top > maxTop) {
                maxTop = top;
                topGroup = g;
            }
            double bottom = offset[g] + bottomLocal[g];
            if (bottom < minBottom) {
                minBottom = bottom;
                bottomGroup = g;
            }
        }
        return maxTop > -minBottom ? maxTop : maxTop < -minBottom ? minBottom : 0;
    }

    /**
     * The exact current running-sum value at group {@code g}'s cached extreme rise ({@code top}) or dip, rescanning
     * the group if its members changed; an infinity of the neutral sign for an empty group.
     */
    private double current(int g, double a, double b, boolean top) {
        if (count[g] == 0) {
            return top ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!exact[g]) {
            scan(g, a, b);
        }
        return top ? offset[g] + (topWeight[g] * a - topMisses[g] * b)
                : offset[g] + (bottomWeight[g] * a - bottomMisses[g] * b);
    }

    /** Computes group {@code g}'s extreme local rise and dip at {@code a} and {@code b} and caches them. */
    private void scan(int g, double a, double b) {
        int from = g * capacity;
        int c = count[g];
        double weight = 0;
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            double misses = ranks[from + j] - j;
            double dip = weight * a - misses * b;
            if (dip < bottom) {
                bottom = dip;
                bottomWeight[g] = weight;
                bottomMisses[g] = misses;
            }
            weight += weights[from + j];
            double rise = weight * a - misses * b;
            if (rise > top) {
                top = rise;
                topWeight[g] = weight;
                topMisses[g] = misses;
            }
        }
        topLocal[g] = top;
        bottomLocal[g] = bottom;
        cacheA[g] = a;
        cacheB[g] = b;
        cached[g] = true;
        exact[g] = true;
    }

    /** The members' ranks in order. */
    private int[] members() {
        int[] all = new int[size];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            System.arraycopy(ranks, g * capacity, all, k, count[g]);
            k += count[g];
        }
        return all;
    }
}
