package org.senescope.analysis.scores;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The frame GSVA's z-score and PLAGE share: rows standardised across samples ({@link StandardisedRows}), sets
 * intersected with the rows kept and size-filtered, then each set scored from its members' standardised rows. Sets
 * are scored in parallel, so a {@link SetScore} must be stateless.
 */
final class StandardisedSetScores {

    private StandardisedSetScores() {
    }

    /** One set's score in every sample from its members' standardised rows. */
    @FunctionalInterface
    interface SetScore {
        /**
         * Scores one set.
         *
         * @param members the standardised rows of the set's genes, in set order; not to be modified
         * @return one score per sample, in sample order
         */
        double[] score(double[][] members);
    }

    static SampleScores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter, SetScore setScore) {
        int samples = matrix.sampleCount();
        StandardisedRows rows = StandardisedRows.of(matrix);
        List<double[]> z = rows.z();
        FilteredGeneSets filtered = filter.apply(sets, rows.genes());
        List<IndexedGeneSet> kept = filtered.kept();
        double[] values = new double[kept.size() * samples];
        IntStream.range(0, kept.size()).parallel().forEach(s -> {
            int[] positions = kept.get(s).positions();
            double[][] members = new double[positions.length][];
            for (int i = 0; i < positions.length; i++) {
                members[i] = z.get(positions[i]);
            }
            System.arraycopy(setScore.score(members), 0, values, s * samples, samples);
        });
        return SampleScores.of(kept, matrix.sampleNames(), values,
                filtered.skipped(), rows.dropped());
    }
}
