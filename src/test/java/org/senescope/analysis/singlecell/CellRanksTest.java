package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;
import org.senescope.failure.BadDataException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CellRanksTest {

    /** Values 0, 2, 5, 2, 0, 0, 1, 2: R's rank(-x) gives these average and first ranks. */
    private static final double[] VALUES = {0, 2, 5, 2, 0, 0, 1, 2};
    private static final double[] AVERAGE = {7, 3, 1, 3, 7, 7, 5, 3};
    private static final int[] FIRST = {6, 2, 1, 3, 7, 8, 5, 4};

    @Test
    void ranksAreRsAverageAndFirstRanksIncludingTheZeroBlock() {
        CellRanks ranks = new CellRanks(VALUES.length);
        ranks.rank(SmallMatrices.sparse(VALUES), 0);
        for (int g = 0; g < VALUES.length; g++) {
            assertEquals(AVERAGE[g], ranks.averageRank(g), 0.0, "average rank of gene " + g);
            assertEquals(FIRST[g], ranks.firstRank(g), "first rank of gene " + g);
        }
    }

    @Test
    void aStoredZeroRanksWithTheOtherZerosAndAReusedRankerForgetsThePreviousCell() {
        CellRanks ranks = new CellRanks(4);
        ranks.rank(SparseColumn.of(new int[] {0, 1, 2, 3}, new double[] {4, 3, 2, 1}), 0);
        ranks.rank(SparseColumn.of(new int[] {1, 2}, new double[] {0, 7}), 1);
        assertEquals(1, ranks.firstRank(2));
        assertEquals(2, ranks.firstRank(0));
        assertEquals(3, ranks.firstRank(1));
        assertEquals(4, ranks.firstRank(3));
        assertEquals(3, ranks.averageRank(0), 0.0);
        assertEquals(3, ranks.averageRank(1), 0.0);
    }

    @Test
    void aNegativeOrMissingValueIsRefusedNamingTheCellAndGene() {
        CellRanks ranks = new CellRanks(3);
        BadDataException negative = assertThrows(BadDataException.class,
                () -> ranks.rank(SparseColumn.of(new int[] {0, 2}, new double[] {1, -0.5}), 4));
        assertEquals("cell 5, gene 3: value -0.5 cannot be ranked (expected finite values >= 0)",
                negative.getMessage());
        BadDataException missing = assertThrows(BadDataException.class,
                () -> ranks.rank(SparseColumn.of(new int[] {1}, new double[] {Double.NaN}), 0));
        assertEquals("cell 1, gene 2: value NaN cannot be ranked (expected finite values >= 0)", missing.getMessage());
    }
}
