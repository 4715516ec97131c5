package org.senescope.analysis.scores;

import org.senescope.model.analysis.SkippedGeneSet;

import java.util.List;

/**
 * Gene-set scores per sample: one row per scored set, one column per sample. Immutable; values are copied in.
 *
 * @param sets        names of the scored sets, in input order
 * @param samples     sample names, in the matrix's order
 * @param values      row-major scores, {@code sets.size() * samples.size()} of them
 * @param skipped     sets left out, with the reason
 * @param droppedRows matrix rows left out before scoring (a missing value, or the same value in every sample)
 */
public record SampleScores(List<String> sets, List<String> samples, double[] values, List<SkippedGeneSet> skipped,
                           int droppedRows) {

    public SampleScores {
        sets = List.copyOf(sets);
        samples = List.copyOf(samples);
        values = values.clone();
        skipped = List.copyOf(skipped);
        if (values.length != sets.size() * samples.size()) {
            throw new IllegalArgumentException("expected " + sets.size() + " x " + samples.size() + " scores");
        }
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
