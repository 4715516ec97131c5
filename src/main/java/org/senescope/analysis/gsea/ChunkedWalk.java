package org.senescope.analysis.gsea;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One random set during a level's walk, held twice: as a bit per gene, which a check walks through in order, and as
 * an array of its members in no order, from which the member to remove is drawn at a uniformly random index, as fgsea
 * draws it. A swap flips two bits and overwrites one array slot: constant time, where a sorted set would shift.
 * The ranking is cut into chunks of values, each with its count and weight of members.
 *
 * <p>For each chunk it caches the highest rise of the running sum inside the chunk (relative to the chunk's start)
 * and the 1/total it was computed with, so that the check of a move can skip every chunk whose cached rise, widened
 * for the change of 1/total, cannot reach the bound. fgsea skips a chunk only when its whole weight cannot; the
 * tighter cache scans about one chunk a move. It also keeps a witness, an element above the bound, whose running sum
 * after a swap follows in constant time: most swaps are accepted on the witness alone, without any scan.
 *
 * <p>One instance serves one slot of the population through all levels: {@link #load} takes a level's set and chunk
 * bounds, {@link #store} writes the walked set back. Not thread-safe.
 */
final class ChunkedWalk {

    private static final double MOVE_FRACTION = 0.1;

    private final double[] ranks;
    private final int n;
    private final int setSize;
    private final int[] chunkEnd;
    private final byte[] chunkOfValue;
    private final long[] member;
    private final int[] members;
    private final int[] size;
    private final double[] sum;
    private final double[] rise;
    private final double[] riseScale;
    private final double missStep;
    private double total;
    /** An element where the running sum exceeds the bound (-1: none known), its prefix weight and index. */
    private int witness;
    private double witnessWeight;
    private int witnessIndex;

    /**
     * @param ranks        gene weights in scoring order
     * @param setSize      members of every set walked
     * @param chunkEnd     the exclusive upper value of each chunk, the last one {@code ranks.length}; read at each
     *                     {@link #load}, so the caller may change the bounds between levels
     * @param chunkOfValue the chunk of every value, kept in step with {@code chunkEnd}
     */
    ChunkedWalk(double[] ranks, int setSize, int[] chunkEnd, byte[] chunkOfValue) {
        this.ranks = ranks;
        this.n = ranks.length;
        this.setSize = setSize;
        this.chunkEnd = chunkEnd;
        this.chunkOfValue = chunkOfValue;
        this.missStep = 1.0 / (n - setSize);
        int chunks = chunkEnd.length;
        member = new long[(n + 63) >>> 6];
        members = new int[setSize];
        size = new int[chunks];
        sum = new double[chunks];
        rise = new double[chunks];
        riseScale = new double[chunks];
    }

    /** Starts a level's walk from {@code set} (sorted, {@code setSize} values), with the current chunk bounds. */
    void load(int[] set) {
        Arrays.fill(member, 0);
        Arrays.fill(size, 0);
        Arrays.fill(sum, 0);
        Arrays.fill(rise, Double.POSITIVE_INFINITY);
        Arrays.fill(riseScale, 0);
        total = 0;
        witness = -1;
        System.arraycopy(set, 0, members, 0, setSize);
        for (int value : set) {
            int c = chunkOfValue[value];
            size[c]++;
            add(c, value, 1);
            member[value >>> 6] |= 1L << value;
        }
    }

    /** Writes the walked set, sorted, into {@code set}. */
    void store(int[] set) {
        int at = 0;
        for (int word = 0; word < member.length; word++) {
            for (long bits = member[word]; bits != 0; bits &= bits - 1) {
                set[at++] = (word << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
    }

    private void add(int chunk, int value, int sign) {
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
            int oldIndex = below(random, setSize);
            int newValue = below(random, n);
            if (isMember(newValue)) {
                if (newValue == members[oldIndex]) {
                    moves++;
                }
                continue;
            }
            if (swapAt(oldIndex, newValue, bound)) {
                moves++;
            }
        }
        return moves;
    }

    /**
     * Swaps {@code oldValue}, a member, for {@code newValue}, not one, if the set's positive score then exceeds
     * {@code bound}; returns whether it did. For tests, which compare each decision with a full pass.
     */
    boolean trySwap(int oldValue, int newValue, double bound) {
        int at = 0;
        while (members[at] != oldValue) {
            at++;
        }
        return swapAt(at, newValue, bound);
    }

    boolean isMember(int value) {
        return (member[value >>> 6] & (1L << value)) != 0;
    }

    private boolean swapAt(int at, int newValue, double bound) {
        int oldValue = members[at];
        int oldChunk = chunkOfValue[oldValue];
        int newChunk = chunkOfValue[newValue];
        double oldRise = rise[oldChunk];
        double oldRiseScale = riseScale[oldChunk];
        double newRise = rise[newChunk];
        double newRiseScale = riseScale[newChunk];
        members[at] = newValue;
        size[oldChunk]--;
        size[newChunk]++;
        flip(oldValue);
        flip(newValue);
        add(oldChunk, oldValue, -1);
        add(newChunk, newValue, 1);
        // Removing a gene only lowers the rises of its chunk; adding one raises those after it by at most its
        // step up plus the miss it no longer is.
        rise[newChunk] = Math.max(rise[newChunk], 0) + riseScale[newChunk] * ranks[newValue] + missStep;
        if (witnessHolds(oldValue, newValue, bound) || exceeds(bound)) {
            return true;
        }
        add(oldChunk, oldValue, 1);
        add(newChunk, newValue, -1);
        flip(oldValue);
        flip(newValue);
        members[at] = oldValue;
        size[oldChunk]++;
        size[newChunk]--;
        rise[newChunk] = newRise;
        riseScale[newChunk] = newRiseScale;
        rise[oldChunk] = oldRise;
        riseScale[oldChunk] = oldRiseScale;
        return false;
    }

    private void flip(int value) {
        member[value >>> 6] ^= 1L << value;
    }

    /**
     * A uniform int in [0, bound) by Lemire's multiply-and-shift, which needs a division only on the rare rejection
     * path; SplittableRandom's own bounded draw divides every time, a fifth of a swap's cost.
     */
    static int below(SplittableRandom random, int bound) {
        long product = (random.nextInt() & 0xFFFFFFFFL) * bound;
        if ((product & 0xFFFFFFFFL) < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while ((product & 0xFFFFFFFFL) < threshold) {
                product = (random.nextInt() & 0xFFFFFFFFL) * bound;
            }
        }
        return (int) (product >>> 32);
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
        // Without branches: whether each swapped gene lies before the witness is a coin toss, which mispredicts.
        int oldBefore = (oldValue - w) >>> 31;
        int newBefore = (newValue - w) >>> 31;
        double weight = witnessWeight - oldBefore * ranks[oldValue] + newBefore * ranks[newValue];
        int index = witnessIndex - oldBefore + newBefore;
        if (weight / total - (w - index) / (double) (n - setSize) > bound) {
            witnessWeight = weight;
            witnessIndex = index;
            return true;
        }
        return false;
    }

    /** Whether the running sum of the walk's set rises above {@code bound} (fgsea's compareStat). */
    private boolean exceeds(double bound) {
        double q1 = missStep;
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
                    int j = 0;
                    int end = chunkEnd[c];
                    double chunkWeight = sum[c];
                    scan:
                    for (int word = start >>> 6, lastWord = (end - 1) >>> 6; word <= lastWord; word++) {
                        long bits = member[word];
                        if (word == start >>> 6) {
                            bits &= -1L << start;
                        }
                        if (word == lastWord) {
                            bits &= -1L >>> (63 - ((end - 1) & 63));
                        }
                        for (; bits != 0; bits &= bits - 1, j++) {
                            int pos = (word << 6) + Long.numberOfTrailingZeros(bits);
                            weight += ranks[pos];
                            double here = q2 * weight - q1 * (pos - start - j);
                            if (current + here > bound) {
                                witness = pos;
                                witnessWeight = passedWeight + weight;
                                witnessIndex = index + j;
                                return true;
                            }
                            best = Math.max(best, here);
                            // The members left can add at most their weight: if even that stays below the bound,
                            // the chunk cannot pass it, and the bound is cached in place of the exact rise.
                            double rest = here + q2 * (chunkWeight - weight);
                            if (current + rest <= bound) {
                                best = Math.max(best, rest);
                                break scan;
                            }
                        }
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
