package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What {@link MineJob} found.
 *
 * @param candidates how many candidate claims were proposed
 * @param entities   how many entity mentions were found
 * @param notes      what the user should know (ambiguous names, inputs left out)
 * @param summary    one line per document
 * @param files      {@code candidates.tsv} and {@code entities.tsv}, not yet written
 * @param proposals  the candidate claims, in candidates.tsv's order (for the Cytoscape app's proposed edges)
 */
public record MineResult(int candidates, int entities, List<String> notes, List<String> summary, OutputSet files,
                         List<ProposedClaim> proposals) {

    public MineResult {
        proposals = List.copyOf(proposals);
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
