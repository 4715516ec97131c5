package org.senescope.analysis.gsea;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small cases worked by hand from fgsea's calcGseaStat definition. */
class EnrichmentScoreTest {

    private static final double[] WEIGHTS = {4, 3, 2, 1, 1, 2};

    @Test
    void setAtTheTopPeaksAfterItsLastMember() {
        // Members 0 and 1 carry all 7 units of weight: the running sum reaches 1 before any miss.
        EnrichmentScore es = EnrichmentScore.of(WEIGHTS, new int[] {0, 1});
        assertEquals(1.0, es.score(), 1e-15);
        assertArrayEquals(new int[] {0, 1}, es.leadingEdgeRanks());
    }

    @Test
    void setAtTheBottomIsNegativeWithItsLeadingEdgeListedFromTheEnd() {
        EnrichmentScore es = EnrichmentScore.of(WEIGHTS, new int[] {4, 5});
        // Four misses of 1/4 each before the first member: the trough is -1.
        assertEquals(-1.0, es.score(), 1e-15);
        assertArrayEquals(new int[] {5, 4}, es.leadingEdgeRanks());
    }

    @Test
    void mixedSetTakesTheLargerDeviation() {
        // Members 0 (w 4) and 5 (w 2): up to 4/6 after rank 0, then four misses of 1/4 reach 4/6 - 1 = -1/3 before
        // rank 5; the positive peak 2/3 wins.
        EnrichmentScore es = EnrichmentScore.of(WEIGHTS, new int[] {0, 5});
        assertEquals(2.0 / 3, es.score(), 1e-15);
        assertArrayEquals(new int[] {0}, es.leadingEdgeRanks());
    }

    @Test
    void equalDeviationsGiveZeroAndNoLeadingEdge() {
        EnrichmentScore es = EnrichmentScore.of(new double[] {1, 1, 1, 1}, new int[] {0, 3});
        assertEquals(0.0, es.score(), 0);
        assertArrayEquals(new int[0], es.leadingEdgeRanks());
    }
}
