package org.senescope.analysis.scores;

import org.hipparchus.special.Erf;
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * GSVA (Hänzelmann et al. 2013) as GSVA 1.46's {@code method="gsva"} computes it, for continuous data. Each gene's
 * values are turned into log-odds of a cumulative distribution estimated across samples: a Gaussian kernel with
 * bandwidth sd/4, read from GSVA's table of 10,001 normal probabilities on [0, 10] and summed sample by sample in
 * order, or the empirical CDF ({@link Kernel#ECDF}, GSVA's {@code kcdf="none"}). In each sample genes are then ordered
 * by decreasing log-odds (ties in row order) and scored |N - i + 1 - N/2| by position i; a set's score is the
 * Kolmogorov–Smirnov-like walk of these scores: the largest positive plus the largest negative deviation
 * ({@code mx.diff = TRUE}) or the larger of the two in absolute value ({@code FALSE}).
 *
 * <p>Rows with a missing value or the same value in every sample are left out first and counted. Stateless and
 * thread-safe; genes and samples are processed in parallel.
 */
public final class Gsva {

    /** How each gene's cumulative distribution is estimated. */
    public enum Kernel {
        /** Gaussian kernel (GSVA's {@code kcdf="Gaussian"}), for log-scale microarray or log-CPM data. */
        GAUSSIAN,
        /** Empirical CDF (GSVA's {@code kcdf="none"}). */
        ECDF
    }

    private static final int WALKS_AT_ONCE = 4;
    private static final int GENES_AT_ONCE = 256;
    private static final int TABLE_RESOLUTION = 10_000;
    private static final double TABLE_RANGE = 10.0;
    private static final double[] NORMAL_TABLE = normalTable();

    private Gsva() {
    }

    private static double[] normalTable() {
        double[] table = new double[TABLE_RESOLUTION + 1];
        for (int i = 0; i <= TABLE_RESOLUTION; i++) {
            double x = TABLE_RANGE * i / TABLE_RESOLUTION;
            table[i] = 0.5 * Erf.erfc(-x / Math.sqrt(2));
        }
        return table;
    }

    /**
     * Scores {@code sets} in every sample of {@code matrix}.
     *
     * @param maxDifference GSVA's {@code mx.diff}: true (its default) for the sum of the largest positive and negative
     *                      deviations, false for the larger one
     */
    public static SampleScores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter, Kernel kernel,
                                     boolean maxDifference) {
        int[] rows = IntStream.range(0, matrix.rowCount()).filter(r -> isUsable(matrix.row(r))).toArray();
        int genes = rows.length;
        int samples = matrix.sampleCount();
        double[][] logOdds = new double[genes][];
        // In blocks of genes, so that each block reuses one samples x samples table of kernel values.
        IntStream.range(0, (genes + GENES_AT_ONCE - 1) / GENES_AT_ONCE).parallel().forEach(b -> {
            double[] pairs = new double[kernel == Kernel.GAUSSIAN ? samples * samples : 0];
            for (int g = b * GENES_AT_ONCE; g < Math.min(genes, (b + 1) * GENES_AT_ONCE); g++) {
                logOdds[g] = kernel == Kernel.GAUSSIAN ? gaussianLogOdds(matrix.row(rows[g]), pairs)
                        : empiricalLogOdds(matrix.row(rows[g]));
            }
        });
        FilteredGeneSets filtered = filter.apply(sets, Arrays.stream(rows).mapToObj(matrix.rowIds()::get).toList());
        List<IndexedGeneSet> kept = filtered.kept();
        double[] values = new double[kept.size() * samples];
        IntStream.range(0, samples).parallel().forEach(j -> {
            double[] column = new double[genes];
            for (int g = 0; g < genes; g++) {
                column[g] = logOdds[g][j];
            }
            int[] sortedGenes = Ranks.decreasingOrder(column);
            int[] positionOf = new int[genes];
            for (int p = 0; p < genes; p++) {
                positionOf[sortedGenes[p]] = p;
            }
            byte[] hits = new byte[genes];
            double[] result = new double[WALKS_AT_ONCE];
            for (int first = 0; first < kept.size(); first += WALKS_AT_ONCE) {
                List<IndexedGeneSet> group = kept.subList(first, Math.min(first + WALKS_AT_ONCE, kept.size()));
                walks(group, positionOf, hits, maxDifference, result);
                for (int k = 0; k < group.size(); k++) {
                    values[(first + k) * samples + j] = result[k];
                }
            }
        });
        return SampleScores.of(kept, matrix.sampleNames(), values,
                filtered.skipped(), matrix.rowCount() - genes);
    }

    private static boolean isUsable(double[] row) {
        return Arrays.stream(row).allMatch(Double::isFinite) && Arrays.stream(row).anyMatch(v -> v != row[0]);
    }

    /**
     * GSVA's row_d: for each sample, the log-odds of the kernel CDF built on all samples of the gene; {@code cdf}
     * (x.length squared values) is scratch space.
     */
    private static double[] gaussianLogOdds(double[] x, double[] cdf) {
        int n = x.length;
        double bandwidth = StandardisedRows.standardDeviation(x) / 4.0;
        // x[i] - x[j] is exactly -(x[j] - x[i]), so is its quotient by the bandwidth, and the table value of the one
        // is exactly 1.0 minus the other's (as tableCdf computes it): each pair is looked up once. Each sample's sum
        // is still taken over i in order, so the result is bit for bit the one of n * n lookups.
        for (int j = 0; j < n; j++) {
            cdf[j * n + j] = tableCdf(0.0, bandwidth);
            for (int i = j + 1; i < n; i++) {
                double c = tableCdf(x[j] - x[i], bandwidth);
                cdf[j * n + i] = c;
                cdf[i * n + j] = 1.0 - c;
            }
        }
        double[] result = new double[n];
        for (int j = 0; j < n; j++) {
            double leftTail = 0;
            for (int i = 0; i < n; i++) {
                leftTail += cdf[j * n + i];
            }
            leftTail /= n;
            result[j] = -Math.log((1.0 - leftTail) / leftTail);
        }
        return result;
    }

    /** GSVA's precomputedCdf: the normal CDF read from the table, index truncated as C truncates it. */
    private static double tableCdf(double x, double sigma) {
        double v = x / sigma;
        if (v < -TABLE_RANGE) {
            return 0;
        }
        if (v > TABLE_RANGE) {
            return 1;
        }
        double cdf = NORMAL_TABLE[(int) (Math.abs(v) / TABLE_RANGE * TABLE_RESOLUTION)];
        return v < 0 ? 1.0 - cdf : cdf;
    }

    /** log(F / (1 - F)) of the empirical CDF F(x) = share of samples at most x (+Inf for the largest). */
    private static double[] empiricalLogOdds(double[] x) {
        int n = x.length;
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] result = new double[n];
        for (int j = 0; j < n; j++) {
            int atMost = Ranks.upperBound(sorted, x[j]);
            double f = (double) atMost / n;
            result[j] = Math.log(f / (1 - f));
        }
        return result;
    }

    /**
     * GSVA's ks_sample with tau 1, for up to four sets in one pass. Each walk steps through every position as the C code
     * does, subtracting the miss step one position at a time (a closed form differs in the last bits, which matters
     * for scores near zero); walking four sets together lets the processor overlap their independent chains of
     * subtractions. A gene at position p (0-based) of N has the rank score |N - p - N/2|. Between two members a walk
     * only falls, so its lowest value is checked just before each member and at the end, its highest just after each
     * member: the values the C code compares at every step. {@code hits} is all zero on entry and on return.
     */
    private static void walks(List<IndexedGeneSet> sets, int[] positionOf, byte[] hits, boolean maxDifference,
                              double[] result) {
        int n = hits.length;
        double[] setTotal = new double[WALKS_AT_ONCE];
        double[] decrement = new double[WALKS_AT_ONCE];
        Arrays.fill(decrement, 1.0);
        for (int k = 0; k < sets.size(); k++) {
            for (int g : sets.get(k).positions()) {
                hits[positionOf[g]] |= (byte) (1 << k);
                setTotal[k] += Math.abs((n - positionOf[g]) - n / 2.0);
            }
            decrement[k] = 1.0 / (n - sets.get(k).size());
        }
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        double[] maxPositive = new double[WALKS_AT_ONCE];
        double[] maxNegative = new double[WALKS_AT_ONCE];
        for (int p = 0; p < n; p++) {
            int mask = hits[p];
            if (mask == 0) {
                c0 -= decrement[0];
                c1 -= decrement[1];
                c2 -= decrement[2];
                c3 -= decrement[3];
                continue;
            }
            double score = Math.abs((n - p) - n / 2.0);
            c0 = step(c0, (mask & 1) != 0, score, 0, setTotal, decrement, maxPositive, maxNegative);
            c1 = step(c1, (mask & 2) != 0, score, 1, setTotal, decrement, maxPositive, maxNegative);
            c2 = step(c2, (mask & 4) != 0, score, 2, setTotal, decrement, maxPositive, maxNegative);
            c3 = step(c3, (mask & 8) != 0, score, 3, setTotal, decrement, maxPositive, maxNegative);
        }
        double[] last = {c0, c1, c2, c3};
        for (int k = 0; k < sets.size(); k++) {
            double positive = maxPositive[k];
            double negative = Math.min(maxNegative[k], last[k]);
            result[k] = maxDifference ? positive + negative : positive > Math.abs(negative) ? positive : negative;
            for (int g : sets.get(k).positions()) {
                hits[positionOf[g]] = 0;
            }
        }
    }

    /** One step of walk {@code k} at a position where at least one of the walks has a member. */
    private static double step(double cumulative, boolean member, double score, int k, double[] setTotal,
                               double[] decrement, double[] maxPositive, double[] maxNegative) {
        if (!member) {
            return cumulative - decrement[k];
        }
        maxNegative[k] = Math.min(maxNegative[k], cumulative);
        double next = cumulative + score / setTotal[k];
        maxPositive[k] = Math.max(maxPositive[k], next);
        return next;
    }
}
