package org.senescope.analysis.ora;

import org.senescope.model.analysis.SkippedGeneSet;

import java.util.Comparator;
import java.util.List;

/**
 * Everything an over-representation analysis found and changed. Immutable.
 *
 * @param results             one result per tested set, in input order
 * @param skipped             the sets left out by the size filter, in input order, each with its reason
 * @param backgroundSize      distinct background genes (N)
 * @param backgroundRepeats   background entries that repeated an earlier one (dropped)
 * @param selectedSize        distinct selected genes in the background (n)
 * @param selectedRepeats     selected entries that repeated an earlier one (dropped)
 * @param notInBackground     distinct selected genes not in the background (dropped), in input order
 */
public record OraRun(List<OraSetResult> results, List<SkippedGeneSet> skipped, int backgroundSize,
                     int backgroundRepeats, int selectedSize, int selectedRepeats, List<String> notInBackground) {

    public OraRun {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
        notInBackground = List.copyOf(notInBackground);
    }

    /** The results, most significant first: by p, then by larger fold enrichment, then by name. */
    public List<OraSetResult> byP() {
        return results.stream().sorted(Comparator.comparingDouble(OraSetResult::p)
                .thenComparing(Comparator.comparingDouble(OraSetResult::foldEnrichment).reversed())
                .thenComparing(OraSetResult::name)).toList();
    }
}
