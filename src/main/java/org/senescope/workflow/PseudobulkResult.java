package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.model.data.ExpressionMatrix;

/**
 * What {@link PseudobulkJob} computed: the summed counts, notes, what was done, and the files to write. Immutable.
 *
 * @param counts  genes × pseudobulk columns
 * @param notes   what was detected or left out, one line each
 * @param summary what was done, one line each
 * @param files   the tables to write
 */
public record PseudobulkResult(ExpressionMatrix counts, List<String> notes, List<String> summary, OutputSet files) {

    public PseudobulkResult {
        Objects.requireNonNull(counts, "counts");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
