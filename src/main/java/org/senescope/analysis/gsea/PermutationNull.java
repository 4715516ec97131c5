package org.senescope.analysis.gsea;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The null distribution of enrichment scores from random gene sets, as fgsea's simple step computes it: each
 * permutation draws {@code K} distinct random ranks (K the largest set size) and a set of size k is compared with the
 * score of the first k of them (so sets of one size share their random sets within a permutation, as in fgsea).
 * Permutations run in fixed blocks with their own split random stream, and blocks are summed in order, so the counts
 * depend on the seed alone, not on the number of threads.
 */
final class PermutationNull {

    private static final int BLOCKS = 16;

    /** Per-set counts over all permutations, as fgsea names them. */
    record Counts(long[] lessOrEqualScore, long[] greaterOrEqualScore, long[] lessOrEqualZero,
                  long[] greaterOrEqualZero, double[] negativeSum, double[] positiveSum) {

        static Counts empty(int sets) {
            return new Counts(new long[sets], new long[sets], new long[sets], new long[sets], new double[sets],
                    new double[sets]);
        }

        void add(Counts other) {
            for (int i = 0; i < lessOrEqualScore.length; i++) {
                lessOrEqualScore[i] += other.lessOrEqualScore[i];
                greaterOrEqualScore[i] += other.greaterOrEqualScore[i];
                lessOrEqualZero[i] += other.lessOrEqualZero[i];
                greaterOrEqualZero[i] += other.greaterOrEqualZero[i];
                negativeSum[i] += other.negativeSum[i];
                positiveSum[i] += other.positiveSum[i];
            }
        }
    }

    private PermutationNull() {
    }

    static Counts count(double[] weights, int[] sizes, double[] scores, int permutations, SplittableRandom random) {
        SplittableRandom[] streams = new SplittableRandom[BLOCKS];
        for (int b = 0; b < BLOCKS; b++) {
            streams[b] = random.split();
        }
        Counts[] blocks = IntStream.range(0, BLOCKS).parallel()
                .mapToObj(b -> block(weights, sizes, scores, permutations / BLOCKS
                        + (b < permutations % BLOCKS ? 1 : 0), streams[b]))
                .toArray(Counts[]::new);
        Counts total = Counts.empty(sizes.length);
        for (Counts block : blocks) {
            total.add(block);
        }
        return total;
    }

    private static Counts block(double[] weights, int[] sizes, double[] scores, int permutations,
                                SplittableRandom random) {
        int n = weights.length;
        int[] distinctSizes = Arrays.stream(sizes).distinct().sorted().toArray();
        int k = distinctSizes[distinctSizes.length - 1];
        int[] deck = IntStream.range(0, n).toArray();
        int[] sorted = new int[k];
        double[] sortedWeights = new double[k];
        double[] scoreOfSize = new double[k + 1];
        Counts counts = Counts.empty(sizes.length);
        for (int perm = 0; perm < permutations; perm++) {
            // Partial Fisher–Yates: the first k cards of the deck are a uniform random sample in random order; each
            // is inserted into a sorted prefix so that every set size is scored on exactly its first draws.
            double total = 0;
            int next = 0;
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int card = deck[j];
                deck[j] = deck[i];
                deck[i] = card;
                int at = -Arrays.binarySearch(sorted, 0, i, card) - 1;
                System.arraycopy(sorted, at, sorted, at + 1, i - at);
                System.arraycopy(sortedWeights, at, sortedWeights, at + 1, i - at);
                sorted[at] = card;
                sortedWeights[at] = weights[card];
                total += weights[card];
                if (distinctSizes[next] == i + 1) {
                    scoreOfSize[i + 1] = score(n, sorted, sortedWeights, i + 1, total);
                    next++;
                }
            }
            for (int s = 0; s < sizes.length; s++) {
                double es = scoreOfSize[sizes[s]];
                if (es <= scores[s]) {
                    counts.lessOrEqualScore()[s]++;
                }
                if (es >= scores[s]) {
                    counts.greaterOrEqualScore()[s]++;
                }
                if (es <= 0) {
                    counts.lessOrEqualZero()[s]++;
                    counts.negativeSum()[s] += es;
                }
                if (es >= 0) {
                    counts.greaterOrEqualZero()[s]++;
                    counts.positiveSum()[s] += es;
                }
            }
        }
        return counts;
    }

    /**
     * The enrichment score (fgsea's calcGseaStat) of the set of the first {@code m} ranks of {@code sorted}. Multiplies
     * by reciprocals where calcGseaStat divides: faster, and the last-bit differences do not matter for a null
     * distribution (observed scores are computed exactly by {@link EnrichmentScore}).
     */
    private static double score(int n, int[] sorted, double[] sortedWeights, int m, double total) {
        if (total == 0) {
            return EnrichmentScore.of(new double[n], Arrays.copyOf(sorted, m)).score();
        }
        double perWeight = 1.0 / total;
        double perMiss = 1.0 / (n - m);
        double cumulative = 0;
        double maxTop = Double.NEGATIVE_INFINITY;
        double minBottom = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double before = cumulative;
            cumulative += sortedWeights[i];
            double misses = (sorted[i] - i) * perMiss;
            maxTop = Math.max(maxTop, cumulative * perWeight - misses);
            minBottom = Math.min(minBottom, before * perWeight - misses);
        }
        return maxTop > -minBottom ? maxTop : maxTop < -minBottom ? minBottom : 0;
    }
}
