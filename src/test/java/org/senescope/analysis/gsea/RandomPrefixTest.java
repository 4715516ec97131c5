package org.senescope.analysis.gsea;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The permutation step's pruned scoring of growing random sets agrees with a full calcGseaStat pass. */
class RandomPrefixTest {

    @Test
    void everyPrefixScoresAsAFullPassOnSkewedWeightsWithTiesAndZeros() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 3_000;
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            // Decreasing like a ranking's absolute statistics, with runs of ties and a tail of zeros.
            weights[i] = i > 2_700 ? 0 : Math.floor(40 * Math.exp(-i / 400.0) * (1 + random.nextDouble())) / 8;
        }
        assertPrefixesMatch(weights, 400, 60, random);
    }

    @Test
    void allZeroWeightsAndZeroLeadingDraws() {
        SplittableRandom random = new SplittableRandom(5);
        assertPrefixesMatch(new double[500], 80, 5, random);
        double[] weights = new double[500];
        Arrays.fill(weights, 250, 500, 1.0);
        assertPrefixesMatch(weights, 120, 20, random);
    }

    private static void assertPrefixesMatch(double[] weights, int capacity, int permutations, SplittableRandom random) {
        int n = weights.length;
        RandomPrefix prefix = new RandomPrefix(n, capacity);
        int[] deck = java.util.stream.IntStream.range(0, n).toArray();
        for (int perm = 0; perm < permutations; perm++) {
            prefix.clear();
            for (int i = 0; i < capacity; i++) {
                int j = i + random.nextInt(n - i);
                int card = deck[j];
                deck[j] = deck[i];
                deck[i] = card;
                prefix.insert(card, weights[card]);
                // Some sizes are skipped, as in the permutation step, so that caches go stale between scores.
                if (i % 3 != 1) {
                    int[] members = Arrays.copyOf(deck, i + 1);
                    Arrays.sort(members);
                    double expected = EnrichmentScore.of(weights, members).score();
                    assertEquals(expected, prefix.score(), 1e-12, "permutation " + perm + ", size " + (i + 1));
                }
            }
        }
    }
}
