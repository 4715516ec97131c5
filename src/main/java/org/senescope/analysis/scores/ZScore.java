package org.senescope.analysis.scores;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.List;

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
        return StandardisedSetScores.score(matrix, sets, filter, ZScore::combined);
    }

    private static double[] combined(double[][] members) {
        int samples = members[0].length;
        double scale = Math.sqrt(members.length);
        double[] scores = new double[samples];
        for (int j = 0; j < samples; j++) {
            double sum = 0;
            for (double[] row : members) {
                sum += row[j];
            }
            scores[j] = sum / scale;
        }
        return scores;
    }
}
