package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.SampleGroups;

/** The TSV tables of {@code senescope score}: scores (or dispersions) with samples in a given order, and the groups. */
final class ScoreTables {

    static final String SCORES = "scores.tsv";
    static final String DISPERSIONS = "dispersions.tsv";
    static final String SAMPLES = "score-samples.tsv";
    static final String SKIPPED = "score-skipped.tsv";
    static final String SETTINGS = "score-settings.tsv";
    static final String HEATMAP = "score-heatmap";

    private ScoreTables() {
    }

    /** One row per set, one column per sample in {@code order}; missing values {@code NA}. */
    static byte[] scores(SampleScores scores, List<Integer> order) {
        StringBuilder b = new StringBuilder("gene_set");
        order.forEach(j -> b.append('\t').append(scores.samples().get(j)));
        b.append('\n');
        for (int i = 0; i < scores.sets().size(); i++) {
            b.append(scores.sets().get(i));
            for (int j : order) {
                b.append('\t').append(GseaTables.number(scores.value(i, j)));
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each sample's group, samples in {@code order}. */
    static byte[] samples(SampleScores scores, SampleGroups groups, List<Integer> order) {
        StringBuilder b = new StringBuilder("sample\tgroup\n");
        for (int j : order) {
            b.append(scores.samples().get(j)).append('\t').append(groups.labels().get(j)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
