package org.senescope.analysis.gsea;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A level's walk accepts a swap exactly when a full pass over the swapped set finds the running sum above the bound,
 * keeps its set consistent across many swaps and chunk bounds that change between levels, and draws uniformly.
 */
class ChunkedWalkTest {

    private static final int N = 2_000;

    @Test
    void acceptsASwapExactlyWhenAFullPassFindsTheRunningSumAboveTheBound() {
        SplittableRandom data = new SplittableRandom(3);
        double[] ranks = skewedRanks(data);
        for (int setSize : new int[] {1, 7, 60, 250}) {
            // Near 1, most swaps fail, so rejections and their undoing are tested as much as acceptances.
            for (double tightness : new double[] {0.5, 0.9, 0.99}) {
                assertSwapsMatchFullPass(ranks, setSize, tightness, data);
            }
        }
    }

    private static void assertSwapsMatchFullPass(double[] ranks, int setSize, double tightness,
                                                 SplittableRandom data) {
        int chunks = Math.max(1, (int) (0.7 * Math.sqrt(setSize)));
        int[] chunkEnd = new int[chunks];
        byte[] chunkOfValue = new byte[N];
        ChunkedWalk walk = new ChunkedWalk(ranks, setSize, chunkEnd, chunkOfValue);
        int[] set = topHeavySet(setSize, data);
        double bound = tightness * positiveScore(ranks, set);
        int accepted = 0;
        int rejected = 0;
        for (int level = 0; level < 3; level++) {
            cutChunks(chunkEnd, chunkOfValue, data);
            walk.load(set);
            for (int swap = 0; swap < 400; swap++) {
                int oldValue = set[data.nextInt(setSize)];
                int newValue = data.nextInt(N);
                if (Arrays.binarySearch(set, newValue) >= 0) {
                    assertTrue(walk.isMember(newValue));
                    continue;
                }
                int[] proposed = set.clone();
                proposed[Arrays.binarySearch(set, oldValue)] = newValue;
                Arrays.sort(proposed);
                boolean expected = positiveScore(ranks, proposed) > bound;
                assertEquals(expected, walk.trySwap(oldValue, newValue, bound), "size " + setSize + ", bound at "
                        + tightness + ", level " + level + ", swap " + swap + ": " + oldValue + " for " + newValue);
                if (expected) {
                    set = proposed;
                    accepted++;
                } else {
                    rejected++;
                }
            }
            int[] stored = new int[setSize];
            walk.store(stored);
            assertArrayEquals(set, stored, "set after level " + level + ", size " + setSize);
        }
        assertTrue(accepted > 0, "no swap accepted at size " + setSize + ", bound at " + tightness);
        assertTrue(setSize == 1 || tightness < 0.9 || rejected > 0,
                "no swap rejected at size " + setSize + ", bound at " + tightness);
    }

    @Test
    void perturbingKeepsADistinctSortedSetAboveTheBoundAndMovesIt() {
        SplittableRandom data = new SplittableRandom(8);
        double[] ranks = skewedRanks(data);
        int setSize = 120;
        int chunks = (int) (0.7 * Math.sqrt(setSize));
        int[] chunkEnd = new int[chunks];
        byte[] chunkOfValue = new byte[N];
        cutChunks(chunkEnd, chunkOfValue, data);
        ChunkedWalk walk = new ChunkedWalk(ranks, setSize, chunkEnd, chunkOfValue);
        int[] start = topHeavySet(setSize, data);
        double bound = 0.9 * positiveScore(ranks, start);
        walk.load(start);
        SplittableRandom random = new SplittableRandom(1);
        int moves = 0;
        int[] set = new int[setSize];
        for (int round = 0; round < 50; round++) {
            moves += walk.perturb(bound, random);
            walk.store(set);
            for (int i = 1; i < setSize; i++) {
                assertTrue(set[i - 1] < set[i], "round " + round + ": not sorted and distinct at " + i);
            }
            assertTrue(positiveScore(ranks, set) > bound, "round " + round);
        }
        assertTrue(moves > 0);
        assertNotEquals(Arrays.toString(start), Arrays.toString(set));
    }

    @Test
    void drawsUniformlyBelowABoundThatIsNoPowerOfTwo() {
        SplittableRandom random = new SplittableRandom(4);
        int[] counts = new int[7];
        int draws = 70_000;
        for (int i = 0; i < draws; i++) {
            counts[ChunkedWalk.below(random, 7)]++;
        }
        // Each count is binomial(70,000, 1/7): mean 10,000, standard deviation about 93.
        for (int count : counts) {
            assertEquals(10_000, count, 450);
        }
        for (int i = 0; i < 10_000; i++) {
            int value = ChunkedWalk.below(random, 12_001);
            assertTrue(value >= 0 && value < 12_001);
        }
    }

    /** Decreasing like a ranking's absolute statistics, with runs of ties and a tail of zeros. */
    private static double[] skewedRanks(SplittableRandom random) {
        double[] ranks = new double[N];
        for (int i = 0; i < N; i++) {
            ranks[i] = i > 1_800 ? 0 : Math.floor(40 * Math.exp(-i / 300.0) * (1 + random.nextDouble())) / 8;
        }
        return ranks;
    }

    /** Random chunk bounds, ending at N; a chunk may be empty. */
    private static void cutChunks(int[] chunkEnd, byte[] chunkOfValue, SplittableRandom random) {
        for (int c = 0; c < chunkEnd.length - 1; c++) {
            chunkEnd[c] = random.nextInt(N);
        }
        chunkEnd[chunkEnd.length - 1] = N;
        Arrays.sort(chunkEnd);
        for (int c = 0, v = 0; c < chunkEnd.length; c++) {
            for (; v < chunkEnd[c]; v++) {
                chunkOfValue[v] = (byte) c;
            }
        }
    }

    /** A sorted set drawn mostly from the top of the ranking, so its positive score is high. */
    private static int[] topHeavySet(int size, SplittableRandom random) {
        return random.ints(0, N).map(v -> random.nextBoolean() ? v / 8 : v).distinct().limit(size).sorted()
                .toArray();
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
