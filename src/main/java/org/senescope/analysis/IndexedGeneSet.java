package org.senescope.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * A gene set intersected with the genes of the data: the positions of its genes in the data's gene order.
 * Immutable; the positions are copied in and out.
 */
public final class IndexedGeneSet {

    private final String name;
    private final int sizeBefore;
    private final int[] positions;

    /**
     * @param name       the set's name
     * @param sizeBefore genes in the set as given, before the intersection
     * @param positions  distinct positions of its genes in the data, in any order
     */
    public IndexedGeneSet(String name, int sizeBefore, int[] positions) {
        this.name = Objects.requireNonNull(name, "name");
        this.sizeBefore = sizeBefore;
        this.positions = positions.clone();
    }

    public String name() {
        return name;
    }

    /** Genes in the set as given. */
    public int sizeBefore() {
        return sizeBefore;
    }

    /** Genes of the set present in the data. */
    public int size() {
        return positions.length;
    }

    /** Positions of its genes in the data, in the order the set lists them. */
    public int[] positions() {
        return positions.clone();
    }

    /** Positions of its genes in the data, ascending. */
    public int[] sortedPositions() {
        int[] sorted = positions.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
