package org.senescope.analysis;

import org.senescope.model.analysis.SkippedGeneSet;

import java.util.List;

/**
 * Gene sets after intersection with the data and the size filter.
 *
 * @param kept    the sets to analyse, in input order
 * @param skipped the sets left out, in input order, each with its reason
 */
public record FilteredGeneSets(List<IndexedGeneSet> kept, List<SkippedGeneSet> skipped) {
    public FilteredGeneSets {
        kept = List.copyOf(kept);
        skipped = List.copyOf(skipped);
    }
}
