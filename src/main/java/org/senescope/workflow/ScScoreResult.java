package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.analysis.singlecell.CellScores;

/**
 * What {@link ScScoreJob} computed: the scores, notes for the user, what was done in a few lines, and the files to
 * write. Immutable.
 *
 * @param scores   one row per scored set, one value per cell in the data's order
 * @param barcodes the cells, in the data's order
 * @param notes    what was detected, changed or left out (value kind, normalisation, gene mapping), one line each
 * @param summary  what was done, one line each, to show after the notes
 * @param files    the tables to write
 */
public record ScScoreResult(CellScores scores, List<String> barcodes, List<String> notes, List<String> summary,
                            OutputSet files) {

    public ScScoreResult {
        Objects.requireNonNull(scores, "scores");
        barcodes = List.copyOf(barcodes);
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }

    /** The names of the sets scored, in the order of {@code cell-scores.tsv}'s columns. */
    public List<String> sets() {
        return scores.sets();
    }
}
