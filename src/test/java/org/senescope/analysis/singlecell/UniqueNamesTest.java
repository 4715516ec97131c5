package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;

import java.util.List;

import org.senescope.model.data.ExpressionMatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** {@link UniqueNames}: per name the row with the most counts, the first on a tie. */
class UniqueNamesTest {

    @Test
    void keepsTheRowWithMostCountsAndTheFirstOnATie() {
        ExpressionMatrix counts = new ExpressionMatrix(List.of("A", "B", "A", "C", "C", "B"),
                List.of("a1", "b1", "a2", "c1", "c2", "b2"), List.of("s1", "s2"),
                new double[] {1, 2, 5, 0, 3, 0, 2, 2, 1, 3, 4, 4});
        UniqueNames unique = UniqueNames.of(counts);
        assertEquals(List.of("A", "C", "B"), unique.counts().rowIds());
        assertEquals(List.of("a1", "c1", "b2"), unique.counts().rowDescriptions());
        assertEquals(List.of(new UniqueNames.SharedName("A", 1, "a1", 3, true),
                new UniqueNames.SharedName("B", 2, "b1", 5, false),
                new UniqueNames.SharedName("A", 3, "a2", 3, false),
                new UniqueNames.SharedName("C", 4, "c1", 4, true),
                new UniqueNames.SharedName("C", 5, "c2", 4, false),
                new UniqueNames.SharedName("B", 6, "b2", 8, true)), unique.shared());
        assertEquals(3, unique.namesShared());
        assertEquals(3, unique.left());
    }

    @Test
    void namesAlreadyUniqueLeaveTheMatrixAsItIs() {
        ExpressionMatrix counts = new ExpressionMatrix(List.of("A", "B"), List.of("a", "b"), List.of("s"),
                new double[] {1, 2});
        UniqueNames unique = UniqueNames.of(counts);
        assertSame(counts, unique.counts());
        assertEquals(List.of(), unique.shared());
    }
}
