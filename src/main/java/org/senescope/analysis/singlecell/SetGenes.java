package org.senescope.analysis.singlecell;

import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A gene set resolved against a matrix's genes: its distinct genes, in the set's order, and the indices of those
 * present. Duplicates in a set count once (as R's {@code unique} and {@code intersect}).
 *
 * @param name    the set's name
 * @param size    distinct genes of the set, present or not
 * @param present row indices of the distinct genes present, in the set's order
 */
record SetGenes(String name, int size, int[] present) {

    /** Each set resolved against {@code genes}, by exact name. */
    static List<SetGenes> resolve(List<GeneSet> sets, List<String> genes) {
        Map<String, Integer> index = new HashMap<>(genes.size() * 2);
        for (int g = genes.size() - 1; g >= 0; g--) {
            index.put(genes.get(g), g); // the first of any duplicate names wins, as R's match
        }
        List<SetGenes> resolved = new ArrayList<>(sets.size());
        for (GeneSet set : sets) {
            LinkedHashSet<String> distinct = new LinkedHashSet<>(set.genes());
            int[] present = distinct.stream().filter(index::containsKey).mapToInt(index::get).toArray();
            resolved.add(new SetGenes(set.name(), distinct.size(), present));
        }
        return resolved;
    }

    /** The names of {@code sets}, in order. */
    static List<String> names(List<SetGenes> sets) {
        return sets.stream().map(SetGenes::name).toList();
    }
}
