package org.senescope.analysis.scores;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.analysis.SkippedGeneSet;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * singscore (Foroutan et al. 2018) as the R package singscore 1.29 computes it with {@code rankGenes} (ties "min"),
 * {@code multiScore} and {@code simpleScore} with a known direction. In each sample the genes are ranked by value from
 * 1 (lowest), tied values sharing the lowest rank of their group. A set's score is the mean rank of its genes, scaled
 * by the theoretical extremes for a set of its size m among n genes: (mean - (m + 1) / 2) / (n - m), so 0 when the
 * set holds the m lowest ranks and 1 when it holds the m highest; the centred score subtracts 0.5. The dispersion is
 * R's {@code mad} of the set's ranks: 1.4826 times the median absolute deviation from their median.
 *
 * <p>With an up and a down set, the down set's score is reversed (1 minus its uncentred score, then centred the same
 * way), the total is the sum of the up and down scores and the total dispersion is the mean of the two dispersions.
 *
 * <p>Rows with a missing or infinite value are left out before ranking and counted (singscore itself would score
 * such a sample NA); rows with the same value in every sample are kept, since ranks are taken within a sample. Sets
 * are intersected with the remaining rows before the size filter and before the extremes are computed. Stateless
 * and thread-safe; samples are scored in parallel.
 */
public final class Singscore {

    /** R's {@code mad} constant, which makes the MAD of normal data estimate its standard deviation. */
    static final double MAD_CONSTANT = 1.4826;

    private Singscore() {
    }

    /**
     * Scores and dispersions of several single sets, as {@code multiScore}.
     *
     * @param scores      the scores (centred or not), one row per kept set
     * @param dispersions the MADs of the sets' ranks, same shape, sets, skipped list and dropped-row count
     */
    public record Scores(SampleScores scores, SampleScores dispersions) {
        public Scores {
            Objects.requireNonNull(scores, "scores");
            Objects.requireNonNull(dispersions, "dispersions");
        }
    }

    /** One sample's up/down scores, with singscore's column names. */
    public record UpDownScore(String sample, double totalScore, double totalDispersion, double upScore,
                              double upDispersion, double downScore, double downDispersion) {
        public UpDownScore {
            Objects.requireNonNull(sample, "sample");
        }
    }

    /**
     * The scores of one up/down signature in every sample, as {@code simpleScore(up, down)}.
     *
     * @param samples     one entry per sample, in the matrix's order
     * @param upSize      genes of the up set found in the data
     * @param downSize    genes of the down set found in the data
     * @param droppedRows matrix rows left out before ranking (a missing or infinite value)
     */
    public record UpDownScores(List<UpDownScore> samples, int upSize, int downSize, int droppedRows) {
        public UpDownScores {
            samples = List.copyOf(samples);
        }
    }

    /** Centred scores and dispersions of {@code sets} in every sample, as {@code multiScore} by default. */
    public static Scores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter) {
        return score(matrix, sets, filter, true);
    }

    /**
     * Scores and dispersions of {@code sets} in every sample.
     *
     * @param centre whether to subtract 0.5 (singscore's {@code centerScore}, default true)
     */
    public static Scores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter, boolean centre) {
        RankedRows ranked = RankedRows.of(matrix);
        FilteredGeneSets filtered = filter.apply(sets, ranked.genes());
        List<IndexedGeneSet> kept = filtered.kept();
        int samples = matrix.sampleCount();
        double offset = centre ? -0.5 : 0;
        double[] values = new double[kept.size() * samples];
        double[] dispersions = new double[kept.size() * samples];
        IntStream.range(0, samples).parallel().forEach(j -> {
            int[] rank = ranked.ranks(j);
            for (int s = 0; s < kept.size(); s++) {
                int[] members = kept.get(s).positions();
                values[s * samples + j] = scaledMean(members, rank) + offset;
                dispersions[s * samples + j] = mad(members, rank);
            }
        });
        return new Scores(SampleScores.of(kept, matrix.sampleNames(), values, filtered.skipped(), ranked.dropped()),
                SampleScores.of(kept, matrix.sampleNames(), dispersions, filtered.skipped(), ranked.dropped()));
    }

    /** Centred scores of an up/down signature in every sample, as {@code simpleScore(up, down)} by default. */
    public static UpDownScores simpleScore(ExpressionMatrix matrix, GeneSet up, GeneSet down) {
        return simpleScore(matrix, up, down, true);
    }

    /**
     * Scores of an up/down signature in every sample. No size filter applies, as in singscore.
     *
     * @param centre whether to centre the up and the down score (each by 0.5)
     * @throws IllegalArgumentException when a set has no gene in the data, or holds every gene of it
     */
    public static UpDownScores simpleScore(ExpressionMatrix matrix, GeneSet up, GeneSet down, boolean centre) {
        RankedRows ranked = RankedRows.of(matrix);
        int[] upMembers = members(up, ranked.genes());
        int[] downMembers = members(down, ranked.genes());
        double offset = centre ? -0.5 : 0;
        UpDownScore[] out = new UpDownScore[matrix.sampleCount()];
        IntStream.range(0, out.length).parallel().forEach(j -> {
            int[] rank = ranked.ranks(j);
            double upScore = scaledMean(upMembers, rank) + offset;
            double downScore = 1 - scaledMean(downMembers, rank) + offset;
            double upDispersion = mad(upMembers, rank);
            double downDispersion = mad(downMembers, rank);
            out[j] = new UpDownScore(matrix.sampleNames().get(j), upScore + downScore,
                    (upDispersion + downDispersion) / 2, upScore, upDispersion, downScore, downDispersion);
        });
        return new UpDownScores(Arrays.asList(out), upMembers.length, downMembers.length, ranked.dropped());
    }

    /** The set's positions among {@code genes}; refuses a set with none, or with every gene. */
    private static int[] members(GeneSet set, List<String> genes) {
        FilteredGeneSets f = new SetSizeFilter(1, Integer.MAX_VALUE).apply(List.of(set), genes);
        if (f.kept().isEmpty()) {
            SkippedGeneSet skipped = f.skipped().get(0);
            throw new IllegalArgumentException("gene set " + set.name() + " cannot be scored: "
                    + skipped.reason().text());
        }
        return f.kept().get(0).positions();
    }

    /** The mean rank of {@code members}, scaled to 0..1 by singscore's bounds for a set of that size. */
    static double scaledMean(int[] members, int[] rank) {
        long sum = 0;
        for (int g : members) {
            sum += rank[g];
        }
        int m = members.length;
        int n = rank.length;
        double mean = (double) sum / m;
        double low = (m + 1) / 2.0;
        double high = (2.0 * n - m + 1) / 2.0;
        return (mean - low) / (high - low);
    }

    /** R's {@code mad} of the ranks of {@code members}: 1.4826 * median(|rank - median(rank)|). */
    static double mad(int[] members, int[] rank) {
        double[] x = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            x[i] = rank[members[i]];
        }
        double centre = median(x);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.abs(x[i] - centre);
        }
        return MAD_CONSTANT * median(x);
    }

    /** R's median: the middle value, or the mean of the two middle values. Sorts {@code x} in place. */
    static double median(double[] x) {
        Arrays.sort(x);
        int half = x.length / 2;
        return x.length % 2 == 1 ? x[half] : (x[half - 1] + x[half]) / 2;
    }

    /** R's {@code rank(x, ties.method = "min")}: 1 plus the number of values below. Values must not be NaN. */
    static int[] minRanks(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] rank = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            rank[i] = Ranks.lowerBound(sorted, x[i]) + 1;
        }
        return rank;
    }

    /**
     * The matrix rows with a finite value in every sample, ready to rank per sample.
     *
     * @param rows    the kept rows' indices in the matrix
     * @param genes   their ids
     * @param dropped rows left out
     */
    private record RankedRows(ExpressionMatrix matrix, int[] rows, List<String> genes, int dropped) {

        static RankedRows of(ExpressionMatrix matrix) {
            int[] rows = IntStream.range(0, matrix.rowCount())
                    .filter(r -> Arrays.stream(matrix.row(r)).allMatch(Double::isFinite)).toArray();
            List<String> genes = new ArrayList<>(rows.length);
            for (int r : rows) {
                genes.add(matrix.rowIds().get(r));
            }
            return new RankedRows(matrix, rows, List.copyOf(genes), matrix.rowCount() - rows.length);
        }

        /** The kept rows' ranks in sample {@code j}, parallel to {@link #genes}. */
        int[] ranks(int j) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = matrix.value(rows[i], j);
            }
            return minRanks(column);
        }
    }
}
