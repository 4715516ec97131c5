package org.senescope.genes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multimap from a key to genes, in insertion order. Nearly every key names one gene, so a single gene is stored
 * as itself and a list is made only for the second: this keeps the 77,000-gene table's indexes small and fast to build
 * (hundreds of thousands of one-element lists would otherwise dominate loading time). Not thread-safe while being
 * filled; read-only afterwards.
 */
final class GeneIndex {
    private final Map<String, Object> entries;

    GeneIndex(int expectedKeys) {
        entries = new HashMap<>(expectedKeys * 4 / 3 + 1);
    }

    void add(String key, HumanGene gene) {
        Object present = entries.putIfAbsent(key, gene);
        if (present == null || present == gene) {
            return;
        }
        if (present instanceof HumanGene single) {
            List<HumanGene> several = new ArrayList<>(2);
            several.add(single);
            several.add(gene);
            entries.put(key, several);
            return;
        }
        @SuppressWarnings("unchecked")
        List<HumanGene> several = (List<HumanGene>) present;
        // A gene listing one alias twice (in two cases) is indexed once: the same gene object again, not an equal one.
        @SuppressWarnings("ReferenceEquality")
        boolean again = several.get(several.size() - 1) == gene;
        if (!again) {
            several.add(gene);
        }
    }

    /** The genes under {@code key}, immutable, empty if none. */
    List<HumanGene> get(String key) {
        Object present = entries.get(key);
        if (present == null) {
            return List.of();
        }
        if (present instanceof HumanGene single) {
            return List.of(single);
        }
        @SuppressWarnings("unchecked")
        List<HumanGene> several = (List<HumanGene>) present;
        return Collections.unmodifiableList(several);
    }

    boolean containsKey(String key) {
        return entries.containsKey(key);
    }
}
