package org.senescope.analysis.gsea;

import org.hipparchus.special.Gamma;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Adaptive multilevel splitting for one gene-set size and one side of the ranking, as fgsea's {@code EsRuler}: a
 * population of random sets is repeatedly cut at its median positive-deviation score, the upper half duplicated and
 * moved by random swaps that only keep sets above the cut ({@link ChunkedWalk}; the walks of a level may run in
 * parallel), so that each level halves the tail probability. A p-value is read off the ladder of levels with
 * digamma-based log estimates, corrected for the probability that a random set's score is positive. Not thread-safe:
 * one instance per task.
 */
final class MultilevelSplitting {

    /** The smallest set size whose walks run in parallel within a round. */
    private static final int PARALLEL_ROUNDS_FROM = 40;

    private final double[] ranks;
    private final int sampleSize;
    private final int setSize;
    private final int n;
    private double[] levelScores = new double[64];
    private int[] positiveLeft = new int[64];
    private int levels;
    private int positiveDraws;
    private int totalDraws;
    // Sized by each extend(), which fills them; empty until then.
    private int[][] samples = new int[0][];
    private int[] chunkEnd = new int[0];
    private byte[] chunkOfValue = new byte[0];

    /** One p-value with whether its conditional correction is at least one half (else log2err is unreliable). */
    record PValue(double p, boolean correctionAtLeastHalf) {
    }

    /**
     * @param ranks      gene weights in the order scored (absolute statistics, reversed for the negative side)
     * @param sampleSize population size, odd
     * @param setSize    genes per random set, below {@code ranks.length}
     */
    MultilevelSplitting(double[] ranks, int sampleSize, int setSize) {
        this.ranks = ranks;
        this.sampleSize = sampleSize;
        this.setSize = setSize;
        this.n = ranks.length;
    }

    static double betaMeanLog(double a, double b) {
        return Gamma.digamma(a) - Gamma.digamma(b + 1);
    }

    /**
     * Builds levels until the highest exceeds {@code score}, or until the p-value is known to be below eps. The walks
     * of a round run in parallel only while {@code threadsToSpare} says other threads would otherwise idle: on two
     * cores a round in parallel gains a tenth in wall time for a quarter more CPU time. The result does not depend on
     * it.
     */
    void extend(double score, SplittableRandom random, double eps, BooleanSupplier threadsToSpare) {
        drawSamples(random);
        // About 1.4 √k members a chunk; on fgsea's Th1 example 0.5 √k to 1.4 √k chunks timed the same within the
        // noise. Chunks change only the speed, never a walk's result. Chunk numbers are bytes, far above real sizes'
        // needs.
        int chunks = Math.min(Byte.MAX_VALUE, Math.max(1, (int) (0.7 * Math.sqrt(setSize))));
        chunkEnd = new int[chunks];
        chunkEnd[chunks - 1] = n;
        duplicateUpperHalf();
        int[] column = new int[sampleSize];
        chunkOfValue = new byte[n];
        ChunkedWalk[] walks = new ChunkedWalk[sampleSize];
        for (int s = 0; s < sampleSize; s++) {
            walks[s] = new ChunkedWalk(ranks, setSize, chunkEnd, chunkOfValue);
        }
        while (score > levelScores[levels - 1]) {
            placeChunks(chunks, column);
            double bound = levelScores[levels - 1];
            for (int s = 0; s < sampleSize; s++) {
                walks[s].load(samples[s]);
            }
            // Each walk has its own stream, split in a fixed order, so the walks can run in parallel and still give
            // the same result on any number of threads.
            SplittableRandom[] streams = new SplittableRandom[sampleSize];
            for (int s = 0; s < sampleSize; s++) {
                streams[s] = random.split();
            }
            // A round of small sets is a few microseconds of work, less than handing it to another thread costs.
            if (setSize >= PARALLEL_ROUNDS_FROM) {
                walkLevel(walks, streams, bound, threadsToSpare);
            } else {
                walkLevel(walks, streams, bound);
            }
            for (int s = 0; s < sampleSize; s++) {
                walks[s].store(samples[s]);
            }
            duplicateUpperHalf();
            if (eps != 0) {
                long k = levels / ((sampleSize + 1) / 2);
                if (k > -log2(0.5 * eps * Math.exp(betaMeanLog(positiveDraws, totalDraws)))) {
                    break;
                }
            }
        }
    }

    /**
     * Moves every walk in rounds until the level's moves reach {@code sampleSize * setSize}, as fgsea, each round in
     * parallel while {@code threadsToSpare} says so.
     */
    private void walkLevel(ChunkedWalk[] walks, SplittableRandom[] streams, double bound,
                           BooleanSupplier threadsToSpare) {
        for (long moves = 0; moves < (long) sampleSize * setSize; ) {
            IntStream round = IntStream.range(0, sampleSize);
            moves += (threadsToSpare.getAsBoolean() ? round.parallel() : round)
                    .map(s -> walks[s].perturb(bound, streams[s])).asLongStream().sum();
        }
    }

    /**
     * The same, every round on this thread. A method apart from the other, and the choice between them made once a
     * level, because a branch between them inside the round loop deoptimised the compiled walk each time the first
     * set size on the other side of the choice came (3 recompilations of {@link #extend} a run).
     */
    private void walkLevel(ChunkedWalk[] walks, SplittableRandom[] streams, double bound) {
        for (long moves = 0; moves < (long) sampleSize * setSize; ) {
            for (int s = 0; s < sampleSize; s++) {
                moves += walks[s].perturb(bound, streams[s]);
            }
        }
    }

    /** The first population: random sets, counting the draws it takes to see positive scores. */
    private void drawSamples(SplittableRandom random) {
        samples = new int[sampleSize][];
        for (int s = 0; s < sampleSize; s++) {
            samples[s] = randomSet(random);
            // fgsea keeps the first draw and keeps drawing only to estimate P(score > 0).
            double es = scores(samples[s])[0];
            while (es <= 0) {
                es = scores(randomSet(random))[0];
                totalDraws++;
            }
            positiveDraws++;
            totalDraws++;
        }
    }

    /** Chunk boundaries at the population's median member of each chunk; {@code column} is scratch space. */
    private void placeChunks(int chunks, int[] column) {
        for (int c = 0, pos = 0; c < chunks - 1; c++) {
            pos += (setSize + c) / chunks;
            for (int s = 0; s < sampleSize; s++) {
                column[s] = samples[s][pos];
            }
            Arrays.sort(column);
            chunkEnd[c] = column[sampleSize / 2];
        }
        for (int c = 0, v = 0; c < chunks; c++) {
            for (; v < chunkEnd[c]; v++) {
                chunkOfValue[v] = (byte) c;
            }
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The p-value of a score on the side this instance was built for; {@link #extend} must have reached it. */
    PValue pValue(double score) {
        int half = (sampleSize + 1) / 2;
        int index = score >= levelScores[levels - 1] ? levels - 1 : lowerBound(score);
        long k = index / half;
        int remainder = sampleSize - index % half;
        double logP = k * betaMeanLog(half, sampleSize) + betaMeanLog(remainder + 1, sampleSize);
        double conditional = betaMeanLog(positiveLeft[index] + 1, remainder);
        double corrected = logP - betaMeanLog(positiveDraws, totalDraws) + conditional;
        return new PValue(Math.max(0, Math.min(1, Math.exp(corrected))), Math.exp(conditional) >= 0.5);
    }

    /** The first level not below {@code score}, probing as C++'s {@code std::lower_bound} does. */
    private int lowerBound(double score) {
        int first = 0;
        int count = levels;
        while (count > 0) {
            int step = count / 2;
            int probe = first + step;
            if (levelScores[probe] < score) {
                first = probe + 1;
                count -= step + 1;
            } else {
                count = step;
            }
        }
        return first;
    }

    private int[] randomSet(SplittableRandom random) {
        // Rejection of repeats, like fgsea's std::set filling; fine because sets are far smaller than the ranking.
        int[] chosen = new int[setSize];
        int filled = 0;
        while (filled < setSize) {
            int candidate = random.nextInt(n);
            int at = Arrays.binarySearch(chosen, 0, filled, candidate);
            if (at < 0) {
                int insert = -at - 1;
                System.arraycopy(chosen, insert, chosen, insert + 1, filled - insert);
                chosen[insert] = candidate;
                filled++;
            }
        }
        return chosen;
    }

    /**
     * fgsea's calcES and calcPositiveES in one pass: the signed extreme deviation of the running sum (index 0) and its
     * largest value after a member, at least 0 (index 1).
     */
    private double[] scores(int[] set) {
        double total = 0;
        for (int pos : set) {
            total += ranks[pos];
        }
        double q1 = 1.0 / (n - setSize);
        double q2 = 1.0 / total;
        double signed = 0;
        double positive = 0;
        double current = 0;
        int last = -1;
        for (int pos : set) {
            current -= q1 * (pos - last - 1);
            if (Math.abs(current) > Math.abs(signed)) {
                signed = current;
            }
            current += q2 * ranks[pos];
            if (Math.abs(current) > Math.abs(signed)) {
                signed = current;
            }
            positive = Math.max(positive, current);
            last = pos;
        }
        return new double[] {signed, positive};
    }

    /** Records the lower half's scores as new levels and replaces the population by two copies of the upper half. */
    private void duplicateUpperHalf() {
        double[] positive = new double[sampleSize];
        boolean[] signedPositive = new boolean[sampleSize];
        Integer[] order = new Integer[sampleSize];
        int positiveCount = 0;
        for (int s = 0; s < sampleSize; s++) {
            double[] scores = scores(samples[s]);
            signedPositive[s] = scores[0] > 0;
            positive[s] = scores[1];
            positiveCount += signedPositive[s] ? 1 : 0;
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> positive[a] != positive[b] ? Double.compare(positive[a], positive[b])
                : Integer.compare(a, b));
        for (int i = 0; 2 * i < sampleSize; i++) {
            if (levels == levelScores.length) {
                levelScores = Arrays.copyOf(levelScores, levels * 2);
                positiveLeft = Arrays.copyOf(positiveLeft, levels * 2);
            }
            levelScores[levels] = positive[order[i]];
            if (signedPositive[order[i]]) {
                positiveCount--;
            }
            positiveLeft[levels] = positiveCount;
            levels++;
        }
        int[][] next = new int[sampleSize][];
        int filled = 0;
        for (int i = 0; 2 * i < sampleSize - 2; i++) {
            next[filled++] = samples[order[sampleSize - 1 - i]].clone();
            next[filled++] = samples[order[sampleSize - 1 - i]].clone();
        }
        next[filled] = samples[order[sampleSize >> 1]].clone();
        samples = next;
    }
}
