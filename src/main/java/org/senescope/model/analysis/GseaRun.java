package org.senescope.model.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a preranked GSEA run: a result per analysed set in input order, the sets left out with reasons, and
 * what was done to the ranking, so that a report can say everything.
 *
 * @param results           one per analysed set, in the order the sets were given
 * @param skipped           sets left out, with reasons
 * @param options           the settings, seed included
 * @param rankedGenes       genes in the ranking after duplicates were dropped
 * @param droppedDuplicates genes dropped from the ranking because an earlier row had the same name
 * @param ties              non-zero statistics equal to another (their order is the input order)
 */
public record GseaRun(List<GseaSetResult> results, List<SkippedGeneSet> skipped, GseaOptions options, int rankedGenes,
                      List<String> droppedDuplicates, int ties) {
    public GseaRun {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(options, "options");
        droppedDuplicates = List.copyOf(droppedDuplicates);
    }
}
