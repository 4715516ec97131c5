package org.senescope.analysis.gsea;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One random set during a level's walk, cut into chunks by value. For each chunk it caches the highest rise of the
 * running sum inside the chunk (relative to the chunk's start) and the 1/total it was computed with, so that the
 * check of a move can skip every chunk whose cached rise, widened for the change of 1/total, cannot reach the
 * bound. fgsea skips a chunk only when its whole weight cannot; the tighter cache scans about one chunk a move.
 * It also keeps a witness, an element above the bound, whose running sum after a swap follows in constant time:
 * most swaps are accepted on the witness alone, without any scan.
 */
final class ChunkedWalk {

    private static final double MOVE_FRACTION = 0.1;

    private final double[] ranks;
    private final int n;
    private final int setSize;
    private final int[] chunkEnd;
    private final int[] chunkOfValue;
    private final int[] set;
    private final int[] size;
    private final double[] sum;
    private final double[] rise;
    private final double[] riseScale;
    private double total;
    /** An element where the running sum exceeds the bound (-1: none known), its prefix weight and index. */
    private int witness = -1;
    private double witnessWeight;
    private int witnessIndex;

    /**
     * @param set          the sorted set to walk, changed in place
     * @param ranks        gene weights in scoring order
     * @param chunkEnd     the exclusive upper value of each chunk, the last one {@code ranks.length}
     * @param chunkOfValue the chunk of every value
     */
    ChunkedWalk(int[] set, double[] ranks, int[] chunkEnd, int[] chunkOfValue) {
        this.set = set;
        this.ranks = ranks;
        this.n = ranks.length;
        this.setSize = set.length;
        this.chunkEnd = chunkEnd;
        this.chunkOfValue = chunkOfValue;
        int chunks = chunkEnd.length;
        size = new int[chunks];
        sum = new double[chunks];
        rise = new double[chunks];
        riseScale = new double[chunks];
        Arrays.fill(rise, Double.POSITIVE_INFINITY);
        for (int pos : set) {
            add(chunkOfValue[pos], pos, 1);
        }
    }

    private void add(int chunk, int value, int sign) {
        size[chunk] += sign;
        sum[chunk] += sign * ranks[value];
        total += sign * ranks[value];
    }

    /**
     * Tries {@code max(1, 0.1 k)} single-gene swaps on one set, keeping each only when the set's positive score still
     * exceeds {@code bound}; returns how many swaps count as moves (as fgsea counts them).
     */
    int perturb(double bound, SplittableRandom random) {
        int iterations = Math.max(1, (int) (setSize * MOVE_FRACTION));
        int moves = 0;
        for (int it = 0; it < iterations; it++) {
            int oldIndex = random.nextInt(setSize);
            int oldValue = set[oldIndex];
            int newValue = random.nextInt(n);
            int found = Arrays.binarySearch(set, newValue);
            if (found >= 0) {
                if (newValue == oldValue) {
                    moves++;
                }
                continue;
            }
            int newIndex = -found - 1 - (oldIndex < -found - 1 ? 1 : 0);
            int oldChunk = chunkOfValue[oldValue];
            int newChunk = chunkOfValue[newValue];
            double oldRise = rise[oldChunk];
            double oldRiseScale = riseScale[oldChunk];
            double newRise = rise[newChunk];
            double newRiseScale = riseScale[newChunk];
            move(set, oldIndex, newIndex, newValue);
            add(oldChunk, oldValue, -1);
            add(newChunk, newValue, 1);
            // Removing a gene only lowers the rises of its chunk; adding one raises those after it by at most its
            // step up plus the miss it no longer is.
            rise[newChunk] = Math.max(rise[newChunk], 0) + riseScale[newChunk] * ranks[newValue]
                    + 1.0 / (n - setSize);
            if (witnessHolds(oldValue, newValue, bound) || exceeds(bound)) {
                moves++;
            } else {
                add(oldChunk, oldValue, 1);
                add(newChunk, newValue, -1);
                move(set, newIndex, oldIndex, oldValue);
                rise[newChunk] = newRise;
                riseScale[newChunk] = newRiseScale;
                rise[oldChunk] = oldRise;
                riseScale[oldChunk] = oldRiseScale;
            }
        }
        return moves;
    }

    /**
     * Whether the walk's witness still lies above the bound after {@code oldValue} was swapped for {@code newValue};
     * if so the witness is updated to the new set, else left for {@link #exceeds} to replace.
     */
    private boolean witnessHolds(int oldValue, int newValue, double bound) {
        int w = witness;
        if (w < 0 || w == oldValue) {
            return false;
        }
        double weight = witnessWeight;
        int index = witnessIndex;
        if (oldValue < w) {
            weight -= ranks[oldValue];
            index--;
        }
        if (newValue < w) {
            weight += ranks[newValue];
            index++;
        }
        if (weight / total - (w - index) / (double) (n - setSize) > bound) {
            witnessWeight = weight;
            witnessIndex = index;
            return true;
        }
        return false;
    }

    /** Removes the element at {@code from} and puts {@code value} at {@code to} (an index of the result). */
    private static void move(int[] set, int from, int to, int value) {
        if (from < to) {
            System.arraycopy(set, from + 1, set, from, to - from);
        } else if (from > to) {
            System.arraycopy(set, to, set, to + 1, from - to);
        }
        set[to] = value;
    }

    /** Whether the running sum of the walk's set rises above {@code bound} (fgsea's compareStat). */
    private boolean exceeds(double bound) {
        double q1 = 1.0 / (n - setSize);
        double q2 = 1.0 / total;
        double current = 0;
        double passedWeight = 0;
        int start = 0;
        int index = 0;
        for (int c = 0; c < chunkEnd.length; c++) {
            int count = size[c];
            if (count > 0) {
                // A smaller 1/total only lowers every rise; a larger one raises it by at most the change times the
                // chunk's weight.
                double reach = rise[c] + Math.max(0, q2 - riseScale[c]) * sum[c];
                if (current + reach > bound) {
                    double weight = 0;
                    double best = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < count; j++) {
                        int pos = set[index + j];
                        weight += ranks[pos];
                        double here = q2 * weight - q1 * (pos - start - j);
                        if (current + here > bound) {
                            witness = pos;
                            witnessWeight = passedWeight + weight;
                            witnessIndex = index + j;
                            return true;
                        }
                        best = Math.max(best, here);
                    }
                    rise[c] = best;
                    riseScale[c] = q2;
                }
            }
            current += q2 * sum[c] - q1 * (chunkEnd[c] - start - count);
            passedWeight += sum[c];
            start = chunkEnd[c];
            index += count;
        }
        return false;
    }
}
