package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.SampleGroups;
import org.senescope.output.TsvCell;

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
        List<String> header = new ArrayList<>(List.of("gene_set"));
        order.forEach(j -> header.add(scores.samples().get(j)));
        StringBuilder b = new StringBuilder(TsvCell.row(header));
        for (int i = 0; i < scores.sets().size(); i++) {
            List<String> row = new ArrayList<>(List.of(scores.sets().get(i)));
            for (int j : order) {
                row.add(GseaTables.number(scores.value(i, j)));
            }
            b.append(TsvCell.row(row));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Each sample's group, samples in {@code order}. */
    static byte[] samples(SampleScores scores, SampleGroups groups, List<Integer> order) {
        StringBuilder b = new StringBuilder(TsvCell.row(List.of("sample", "group")));
        for (int j : order) {
            b.append(TsvCell.row(List.of(scores.samples().get(j), groups.labels().get(j))));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
