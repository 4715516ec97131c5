package org.senescope.analysis.scores;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The combined z-score of Lee et al. (2008) as GSVA 1.46's {@code method="zscore"}: every gene is standardised
 * across samples (mean 0, sample standard deviation 1) and a set's score in a sample is the sum of its genes' z-scores
 * over the square root of its size. Rows with a missing value or the same value in every sample are left out first
 * (GSVA drops constant genes), then sets are intersected with the remaining rows and size-filtered. Stateless and
 * thread-safe; sets are scored in parallel.
 */
public final class ZScore {

    private ZScore() {
    }

    /** Scores {@code sets} in every sample of {@code matrix} (already on the log scale). */
    public static SampleScores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter) {
        int samples = matrix.sampleCount();
        StandardisedRows rows = StandardisedRows.of(matrix);
        List<double[]> z = rows.z();
        FilteredGeneSets filtered = filter.apply(sets, rows.genes());
        List<IndexedGeneSet> kept = filtered.kept();
        double[] values = new double[kept.size() * samples];
        IntStream.range(0, kept.size()).parallel().forEach(s -> {
            int[] members = kept.get(s).positions();
            double scale = Math.sqrt(members.length);
            for (int j = 0; j < samples; j++) {
                double sum = 0;
                for (int g : members) {
                    sum += z.get(g)[j];
                }
                values[s * samples + j] = sum / scale;
            }
        });
        return new SampleScores(kept.stream().map(IndexedGeneSet::name).toList(), matrix.sampleNames(), values,
                filtered.skipped(), rows.dropped());
    }
}
