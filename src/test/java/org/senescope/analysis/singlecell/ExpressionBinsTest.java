package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;
import org.senescope.failure.BadDataException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected values from R 4.2.2 and ggplot2 3.4: quantile(x, seq(0, 1, length.out = 5)) and cut_number. */
class ExpressionBinsTest {

    private static final double[] X = {0.1, 0.7, 0.25, 3.3, 1.9, 0.05, 2.2};

    @Test
    void quantilesAreRsTypeSevenToTheLastBit() {
        assertArrayEquals(new double[] {0.050000000000000003, 0.17499999999999999, 0.69999999999999996,
                2.0499999999999998, 3.2999999999999998}, ExpressionBins.quantiles(X, ExpressionBins.probabilities(4)),
                0.0);
    }

    @Test
    void binsAreCutNumbersLeftClosedIntervals() {
        assertArrayEquals(new int[] {1, 3, 2, 4, 3, 1, 4}, ExpressionBins.cut(X, 4));
        assertArrayEquals(new int[] {3, 1, 2, 2, 3, 1, 3, 1, 2, 3},
                ExpressionBins.cut(new double[] {5, 1, 3, 3, 9, 2, 7, 0.5, 4, 8}, 3));
    }

    @Test
    void tooFewDistinctValuesAreRefusedWithGgplotsMessage() {
        BadDataException e = assertThrows(BadDataException.class,
                () -> ExpressionBins.cut(new double[] {1, 1, 1, 1, 2}, 3));
        assertEquals("Insufficient data values to produce 3 bins.", e.getMessage());
    }
}
