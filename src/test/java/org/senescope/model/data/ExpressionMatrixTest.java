package org.senescope.model.data;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpressionMatrixTest {

    private static final List<String> IDS = List.of("A", "B");
    private static final List<String> NO_DESCRIPTIONS = List.of("", "");
    private static final List<String> SAMPLES = List.of("s1", "s2");

    @Test
    void adoptingAPrefixReadsOnlyTheMatrixPartOfALongerArray() {
        ExpressionMatrix m = ExpressionMatrix.adoptingPrefix(IDS, NO_DESCRIPTIONS, SAMPLES,
                new double[] {1, 2, 3, 4, 99, 99});
        assertArrayEquals(new double[] {3, 4}, m.row(1));
        assertArrayEquals(new double[] {2, 4}, m.column(1));
        assertEquals(4, m.value(1, 1));
    }

    @Test
    void arraysOfTheWrongLengthAreRefused() {
        IllegalArgumentException shortPrefix = assertThrows(IllegalArgumentException.class,
                () -> ExpressionMatrix.adoptingPrefix(IDS, NO_DESCRIPTIONS, SAMPLES, new double[3]));
        assertEquals("expected at least 2 x 2 values, found 3", shortPrefix.getMessage());
        IllegalArgumentException longExact = assertThrows(IllegalArgumentException.class,
                () -> ExpressionMatrix.adopting(IDS, NO_DESCRIPTIONS, SAMPLES, new double[5]));
        assertEquals("expected 2 x 2 values, found 5", longExact.getMessage());
    }
}
