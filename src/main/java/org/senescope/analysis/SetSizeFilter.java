package org.senescope.analysis;

import org.senescope.model.analysis.SkippedGeneSet;

import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Intersects gene sets with the genes of the data and keeps those whose size in the data lies in
 * {@code [minSize, maxSize]}, as fgsea and GSVA do: sizes are counted after the intersection. Every set left out is
 * listed with its reason; a set whose name was already used is left out too (the first one wins).
 *
 * @param minSize smallest size kept, at least 1
 * @param maxSize largest size kept, at least {@code minSize}
 */
public record SetSizeFilter(int minSize, int maxSize) {

    public SetSizeFilter {
        if (minSize < 1) {
            throw new IllegalArgumentException("the minimum set size must be at least 1, found " + minSize);
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException("the maximum set size " + maxSize + " is below the minimum "
                    + minSize);
        }
    }

    /**
     * Intersects {@code sets} with {@code dataGenes}.
     *
     * @param dataGenes the data's genes in their order; a gene listed twice maps to its first position
     */
    public FilteredGeneSets apply(List<GeneSet> sets, List<String> dataGenes) {
        Map<String, Integer> position = new HashMap<>(dataGenes.size() * 2);
        for (int i = 0; i < dataGenes.size(); i++) {
            position.putIfAbsent(dataGenes.get(i), i);
        }
        List<IndexedGeneSet> kept = new ArrayList<>();
        List<SkippedGeneSet> skipped = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GeneSet set : sets) {
            int[] positions = set.genes().stream().map(position::get).filter(p -> p != null).distinct()
                    .mapToInt(Integer::intValue).toArray();
            int before = set.genes().size();
            SkippedGeneSet.Reason reason = !names.add(set.name()) ? SkippedGeneSet.Reason.DUPLICATE_NAME
                    : positions.length == 0 ? SkippedGeneSet.Reason.NO_GENES_IN_DATA
                    : positions.length < minSize ? SkippedGeneSet.Reason.BELOW_MIN_SIZE
                    : positions.length > maxSize ? SkippedGeneSet.Reason.ABOVE_MAX_SIZE
                    : positions.length == position.size() ? SkippedGeneSet.Reason.ALL_GENES_OF_DATA
                    : null;
            if (reason == null) {
                kept.add(new IndexedGeneSet(set.name(), before, positions));
            } else {
                skipped.add(new SkippedGeneSet(set.name(), before, positions.length, reason));
            }
        }
        return new FilteredGeneSets(kept, skipped);
    }
}
