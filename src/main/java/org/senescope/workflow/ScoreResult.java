package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.analysis.scores.SampleScores;

/**
 * What {@link ScoreJob} computed: the scores, notes for the user, what was done in a few lines, and the files to
 * write. Immutable.
 *
 * @param scores  one row per scored set, one column per sample, in the matrix's order; the sets skipped with reasons
 * @param notes   what was changed or left out on the way (value scale, GMT files), one line each
 * @param summary what was done, one line each, to show after the notes
 * @param files   the tables (and heat map) to write
 */
public record ScoreResult(SampleScores scores, List<String> notes, List<String> summary, OutputSet files) {

    public ScoreResult {
        Objects.requireNonNull(scores, "scores");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
