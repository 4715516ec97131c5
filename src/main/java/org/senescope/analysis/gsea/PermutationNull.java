package org.senescope.analysis.gsea;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The null distribution of enrichment scores from random gene sets, as fgsea's simple step computes it: each
 * permutation draws {@code K} distinct random ranks (K the largest set size) and a set of size k is compared with the
 * score of the first k of them (so sets of one size share their random sets within a permutation, as in fgsea).
 * The draws go into a {@link RandomPrefix}, which scores each needed size without a full pass over its members.
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
        RandomPrefix prefix = new RandomPrefix(n, k);
        double[] scoreOfSize = new double[k + 1];
        Counts counts = Counts.empty(sizes.length);
        for (int perm = 0; perm < permutations; perm++) {
            // Partial Fisher–Yates: the first k cards of the deck are a uniform random sample in random order; each
            // joins the prefix so that every set size is scored on exactly its first draws.
            prefix.clear();
            int next = 0;
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int card = deck[j];
                deck[j] = deck[i];
                deck[i] = card;
                prefix.insert(card, weights[card]);
                if (distinctSizes[next] == i + 1) {
                    scoreOfSize[i + 1] = prefix.score();
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
}
