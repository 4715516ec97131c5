package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What {@link MergeJob} merged.
 *
 * @param accepted how many candidates were added as proposed
 * @param edited   how many were added as the curator edited them
 * @param rejected how many were left out and written to {@code rejected.tsv}
 * @param skipped  the undecided rows left out (with {@link UndecidedRows#SKIP}), one line each
 * @param notes    the gene nodes added to nodes.tsv and their positions in layout.tsv, one line each
 * @param summary  the merged curation as the builder read it
 * @param files    the new curation folder's files and {@code rejected.tsv}, not yet written
 */
public record MergeResult(int accepted, int edited, int rejected, List<String> skipped, List<String> notes,
                          String summary, OutputSet files) {

    public MergeResult {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(files, "files");
    }
}
