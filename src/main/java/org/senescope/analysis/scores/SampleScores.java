package org.senescope.analysis.scores;

import org.senescope.analysis.IndexedGeneSet;
import org.senescope.model.analysis.SkippedGeneSet;

import java.util.List;

/**
 * Gene-set scores per sample: one row per scored set, one column per sample. Immutable; values are copied in.
 *
 * @param sets        names of the scored sets, in input order
 * @param setSizes    each scored set's genes in the data, parallel to {@code sets}
 * @param samples     sample names, in the matrix's order
 * @param values      row-major scores, {@code sets.size() * samples.size()} of them
 * @param skipped     sets left out, with the reason
 * @param droppedRows matrix rows left out before scoring (a missing value, or the same value in every sample)
 */
public record SampleScores(List<String> sets, List<Integer> setSizes, List<String> samples, double[] values, List<SkippedGeneSet> skipped,
                           int droppedRows) {

    public SampleScores {
        sets = List.copyOf(sets);
        setSizes = List.copyOf(setSizes);
        if (setSizes.size() != sets.size()) {
            throw new IllegalArgumentException("expected a size for each of the " + sets.size() + " sets, found "
                    + setSizes.size());
        }
        samples = List.copyOf(samples);
        values = values.clone();
        skipped = List.copyOf(skipped);
        if (values.length != sets.size() * samples.size()) {
            throw new IllegalArgumentException("expected " + sets.size() + " x " + samples.size() + " scores");
        }
    }

    /** Scores of the sets {@code kept}, their names and sizes in the data taken from them. */
    static SampleScores of(List<IndexedGeneSet> kept, List<String> samples, double[] values,
                           List<SkippedGeneSet> skipped, int droppedRows) {
        return new SampleScores(kept.stream().map(IndexedGeneSet::name).toList(),
                kept.stream().map(s -> s.positions().length).toList(), samples, values, skipped, droppedRows);
    }

    /** The score of a set (row) in a sample (column). */
    public double value(int set, int sample) {
        return values[set * samples.size() + sample];
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
