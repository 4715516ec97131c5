package org.senescope.analysis;

import org.senescope.model.analysis.SkippedGeneSet;

import org.junit.jupiter.api.Test;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SetSizeFilterTest {

    @Test
    void p53SetsAreSizedAfterIntersectionAsTheReferenceCountedThem() {
        FilteredGeneSets f = new SetSizeFilter(15, 500).apply(P53Data.geneSets(), P53Data.ranking().genes());
        Map<String, Map<String, String>> sizes = P53Data.table("p53_gene_set_sizes.tsv");
        assertEquals(368, f.kept().size());
        assertEquals(sizes.keySet(), f.kept().stream().map(IndexedGeneSet::name).collect(Collectors.toSet()));
        for (IndexedGeneSet s : f.kept()) {
            assertEquals(Integer.parseInt(sizes.get(s.name()).get("size_in_data")), s.size(), s.name());
        }
        assertEquals(522 + 50 + 11 - 368, f.skipped().size());
    }

    @Test
    void everySkippedSetHasItsReasonAndSizes() {
        GeneSet empty = new GeneSet("EMPTY", "", List.of("X1", "X2"));
        GeneSet tiny = new GeneSet("TINY", "", List.of("A", "X1"));
        GeneSet big = new GeneSet("BIG", "", List.of("A", "B", "C", "D"));
        GeneSet all = new GeneSet("ALL", "", List.of("A", "B", "C", "D", "E"));
        GeneSet fine = new GeneSet("FINE", "", List.of("A", "B", "Z"));
        GeneSet again = new GeneSet("FINE", "", List.of("C", "D"));
        FilteredGeneSets f = new SetSizeFilter(2, 3).apply(List.of(empty, tiny, big, fine, again),
                List.of("A", "B", "C", "D", "E"));
        assertEquals(List.of("FINE"), f.kept().stream().map(IndexedGeneSet::name).toList());
        assertEquals(3, f.kept().get(0).sizeBefore());
        assertEquals(2, f.kept().get(0).size());
        assertEquals(List.of(
                new SkippedGeneSet("EMPTY", 2, 0, SkippedGeneSet.Reason.NO_GENES_IN_DATA),
                new SkippedGeneSet("TINY", 2, 1, SkippedGeneSet.Reason.BELOW_MIN_SIZE),
                new SkippedGeneSet("BIG", 4, 4, SkippedGeneSet.Reason.ABOVE_MAX_SIZE),
                new SkippedGeneSet("FINE", 2, 2, SkippedGeneSet.Reason.DUPLICATE_NAME)), f.skipped());
        FilteredGeneSets wide = new SetSizeFilter(1, 10).apply(List.of(all), List.of("A", "B", "C", "D", "E"));
        assertEquals(List.of(new SkippedGeneSet("ALL", 5, 5, SkippedGeneSet.Reason.ALL_GENES_OF_DATA)),
                wide.skipped());
    }

    @Test
    void sizeLimitsAreChecked() {
        assertEquals("the minimum set size must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new SetSizeFilter(0, 5)).getMessage());
        assertEquals("the maximum set size 4 is below the minimum 5",
                assertThrows(IllegalArgumentException.class, () -> new SetSizeFilter(5, 4)).getMessage());
    }
}
