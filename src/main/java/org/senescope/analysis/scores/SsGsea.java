package org.senescope.analysis.scores;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Single-sample GSEA (Barbie et al. 2009) as GSVA 1.46's {@code method="ssgsea"} computes it. In each sample genes are
 * ranked by value (ties get their average rank, which GSVA 1.46 then truncates to an integer), ordered from the
 * highest rank down (equal ranks in row order), and a set's score is the sum over all positions of the difference
 * between the weighted running share of set genes (weight rank^alpha) and the running share of other genes. The
 * normalised score divides every score by the range of the whole score matrix (so it depends on every set scored).
 *
 * <p>The sum over positions is taken in closed form, in time proportional to the set's size. Rows with a missing value
 * are left out first and counted. Stateless and thread-safe; samples are scored in parallel.
 */
public final class SsGsea {

    /** GSVA's default weight exponent. */
    public static final double DEFAULT_ALPHA = 0.25;

    private SsGsea() {
    }

    /**
     * Scores {@code sets} in every sample of {@code matrix}.
     *
     * @param alpha     the weight exponent (GSVA: 0.25)
     * @param normalise whether to divide by the range of all scores (GSVA's {@code ssgsea.norm}, default true)
     */
    public static SampleScores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter, double alpha,
                                     boolean normalise) {
        int[] rows = IntStream.range(0, matrix.rowCount())
                .filter(r -> Arrays.stream(matrix.row(r)).allMatch(Double::isFinite)).toArray();
        List<String> genes = Arrays.stream(rows).mapToObj(matrix.rowIds()::get).toList();
        FilteredGeneSets filtered = filter.apply(sets, genes);
        List<IndexedGeneSet> kept = filtered.kept();
        int samples = matrix.sampleCount();
        double[] values = new double[kept.size() * samples];
        // Ranks are whole numbers 1..N, so rank^alpha is taken once per rank, not once per member of every set in
        // every sample: the same Math.pow of the same numbers, 10,000 calls instead of 2 million on the P53 data.
        double[] weightOfRank = new double[rows.length + 1];
        for (int r = 1; r <= rows.length; r++) {
            weightOfRank[r] = Math.pow(r, alpha);
        }
        IntStream.range(0, samples).parallel().forEach(j -> {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = matrix.value(rows[i], j);
            }
            int[] truncatedRank = truncatedAverageRanks(column);
            int[] position = positionsFromTop(truncatedRank);
            for (int s = 0; s < kept.size(); s++) {
                values[s * samples + j] = walkSum(kept.get(s).positions(), position, truncatedRank, weightOfRank);
            }
        });
        if (normalise && values.length > 0) {
            double range = Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
            for (int i = 0; i < values.length; i++) {
                values[i] /= range;
            }
        }
        return SampleScores.of(kept, matrix.sampleNames(), values,
                filtered.skipped(), matrix.rowCount() - rows.length);
    }

    /** R's {@code as.integer(rank(x))}: ascending ranks from 1, ties averaged, then truncated. */
    static int[] truncatedAverageRanks(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] ranks = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            int first = Ranks.lowerBound(sorted, x[i]);
            int last = Ranks.upperBound(sorted, x[i]) - 1;
            // Average of the 1-based ranks first+1..last+1, truncated as as.integer does.
            ranks[i] = (int) ((first + last + 2) / 2.0);
        }
        return ranks;
    }

    /** Each gene's 0-based position in R's {@code order(rank, decreasing = TRUE)}: stable, so ties keep row order. */
    private static int[] positionsFromTop(int[] rank) {
        long[] keys = new long[rank.length];
        for (int i = 0; i < rank.length; i++) {
            keys[i] = ((long) (rank.length - rank[i]) << 32) | i;
        }
        Arrays.sort(keys);
        int[] position = new int[rank.length];
        for (int p = 0; p < keys.length; p++) {
            position[(int) keys[p]] = p;
        }
        return position;
    }

    /**
     * GSVA's {@code .rndWalk}, summed in closed form: over positions i = 0..N-1 the set's running weight share sums
     * to sum_k w_k (N - p_k) / W (w_k = rank_k^alpha, from {@code weightOfRank}), and the others' running share to (N(N+1)/2 - sum_k (N - p_k)) / (N - m).
     */
    private static double walkSum(int[] members, int[] position, int[] rank, double[] weightOfRank) {
        int n = position.length;
        int m = members.length;
        double weightTotal = 0;
        double weightedTail = 0;
        double tail = 0;
        for (int g : members) {
            double w = weightOfRank[rank[g]];
            double remaining = n - position[g];
            weightTotal += w;
            weightedTail += w * remaining;
            tail += remaining;
        }
        return weightedTail / weightTotal - ((double) n * (n + 1) / 2 - tail) / (n - m);
    }
}
