package org.senescope.analysis.gsea;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A level's walk takes exactly the swaps a plain walk on one sorted array takes when it accepts a swap only if a full
 * pass finds the running sum above the bound: same random stream, same sets, same move counts.
 */
class ChunkedWalkTest {

    @Test
    void walksAsAFullPassWalkOnSkewedWeightsAcrossChunkBoundsThatChangeBetweenLevels() {
        SplittableRandom data = new SplittableRandom(3);
        int n = 2_000;
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i > 1_800 ? 0 : Math.floor(40 * Math.exp(-i / 300.0) * (1 + data.nextDouble())) / 8;
        }
        for (int setSize : new int[] {1, 7, 60, 250}) {
            for (double tightness : new double[] {0.5, 0.9, 0.99}) {
                assertWalksAsFullPass(ranks, setSize, tightness, data);
            }
        }
    }

    /** Walks from a set whose positive score is the bound over {@code tightness}: near 1, most swaps fail. */
    private static void assertWalksAsFullPass(double[] ranks, int setSize, double tightness, SplittableRandom data) {
        int n = ranks.length;
        int chunks = Math.max(1, (int) (0.7 * Math.sqrt(setSize)));
        int[] chunkEnd = new int[chunks];
        byte[] chunkOfValue = new byte[n];
        ChunkedWalk walk = new ChunkedWalk(ranks, setSize, chunkEnd, chunkOfValue);
        int[] set = topHeavySet(n, setSize, data);
        double bound = tightness * positiveScore(ranks, set);
        for (int level = 0; level < 3; level++) {
            cutChunks(chunkEnd, chunkOfValue, n, data);
            walk.load(set);
            int[] plain = set.clone();
            SplittableRandom chunked = new SplittableRandom(100 + level);
            SplittableRandom reference = new SplittableRandom(100 + level);
            for (int round = 0; round < 40; round++) {
                int moves = walk.perturb(bound, chunked);
                assertEquals(plainPerturb(ranks, plain, bound, reference), moves, "moves, size " + setSize
                        + ", bound at " + tightness + ", level " + level + ", round " + round);
            }
            walk.store(set);
            assertArrayEquals(plain, set, "set after level " + level + ", size " + setSize + ", bound at "
                    + tightness);
            assertTrue(positiveScore(ranks, set) > bound);
        }
    }

    /** Random chunk bounds, ending at n; a chunk may be empty. */
    private static void cutChunks(int[] chunkEnd, byte[] chunkOfValue, int n, SplittableRandom random) {
        for (int c = 0; c < chunkEnd.length - 1; c++) {
            chunkEnd[c] = random.nextInt(n);
        }
        chunkEnd[chunkEnd.length - 1] = n;
        Arrays.sort(chunkEnd);
        for (int c = 0, v = 0; c < chunkEnd.length; c++) {
            for (; v < chunkEnd[c]; v++) {
                chunkOfValue[v] = (byte) c;
            }
        }
    }

    /** A sorted set drawn mostly from the top of the ranking, so its positive score is high. */
    private static int[] topHeavySet(int n, int size, SplittableRandom random) {
        return random.ints(0, n).map(v -> random.nextBoolean() ? v / 8 : v).distinct().limit(size).sorted()
                .toArray();
    }

    /** The walk's rules on one sorted array, checking every proposed set with a full pass. */
    private static int plainPerturb(double[] ranks, int[] set, double bound, SplittableRandom random) {
        int k = set.length;
        int moves = 0;
        for (int it = 0; it < Math.max(1, (int) (k * 0.1)); it++) {
            int oldIndex = random.nextInt(k);
            int newValue = random.nextInt(ranks.length);
            if (Arrays.binarySearch(set, newValue) >= 0) {
                moves += set[oldIndex] == newValue ? 1 : 0;
                continue;
            }
            int[] proposed = set.clone();
            proposed[oldIndex] = newValue;
            Arrays.sort(proposed);
            if (positiveScore(ranks, proposed) > bound) {
                System.arraycopy(proposed, 0, set, 0, k);
                moves++;
            }
        }
        return moves;
    }

    /** The running sum's highest value after a member. */
    private static double positiveScore(double[] ranks, int[] set) {
        double total = 0;
        for (int pos : set) {
            total += ranks[pos];
        }
        double weight = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < set.length; i++) {
            weight += ranks[set[i]];
            best = Math.max(best, weight / total - (set[i] - i) / (double) (ranks.length - set.length));
        }
        return best;
    }
}
