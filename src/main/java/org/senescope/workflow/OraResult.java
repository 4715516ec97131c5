package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.analysis.ora.OraRun;

/**
 * What {@link OraJob} found: the test of each set and what was counted, notes for the user, what was done in a few
 * lines, and the files to write. Immutable.
 *
 * @param run     a result per tested set, the sets skipped with reasons, and the counts of selection and background
 * @param notes   what was changed or left out (GMT files, repeated genes, genes not in the background), one line each
 * @param summary what was done, one line each, to show after the notes
 * @param files   the results, skipped-sets and settings tables to write
 */
public record OraResult(OraRun run, List<String> notes, List<String> summary, OutputSet files) {

    public OraResult {
        Objects.requireNonNull(run, "run");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
