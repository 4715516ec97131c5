package org.senescope.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each kind of cell has one treatment: a number beyond the double range is classed and read as Inf is. */
class NumberCellsTest {

    @Test
    void missingSpellingsAreMissingAndReadAsNaN() {
        for (String cell : new String[] {"", "NA", "nan", "NaN", "N/A", "#N/A", "null", "None", "<NA>", " NA "}) {
            assertEquals(NumberCells.Kind.MISSING, NumberCells.kind(cell, '.'), cell);
            assertEquals(Double.NaN, NumberCells.parse(cell, '.'), cell);
        }
    }

    @Test
    void infinitiesAndOverflowingNumbersAreInfiniteAndReadAsInfinities() {
        String[] positive = {"Inf", "+inf", "Infinity", "1e309", "+1E309", "1.8e308", "0.0001e313",
            "1" + "0".repeat(309), "1e999999999999"};
        for (String cell : positive) {
            assertEquals(NumberCells.Kind.INFINITE, NumberCells.kind(cell, '.'), cell);
            assertEquals(Double.POSITIVE_INFINITY, NumberCells.parse(cell, '.'), cell);
        }
        for (String cell : new String[] {"-Inf", "-infinity", "-1e309", "-1,8e308"}) {
            assertEquals(NumberCells.Kind.INFINITE, NumberCells.kind(cell, ','), cell);
            assertEquals(Double.NEGATIVE_INFINITY, NumberCells.parse(cell, ','), cell);
        }
    }

    @Test
    void theLargestDoubleAndUnderflowingNumbersAreFiniteNumbers() {
        assertEquals(NumberCells.Kind.NUMBER, NumberCells.kind("1.7976931348623157e308", '.'));
        assertEquals(Double.MAX_VALUE, NumberCells.parse("1.7976931348623157e308", '.'));
        assertEquals(NumberCells.Kind.NUMBER, NumberCells.kind("1" + "0".repeat(300), '.'));
        // A p-value below the double range is 0, which is a p-value like any other.
        assertEquals(NumberCells.Kind.NUMBER, NumberCells.kind("1e-400", '.'));
        assertEquals(0.0, NumberCells.parse("1e-400", '.'));
        assertEquals(NumberCells.Kind.NUMBER, NumberCells.kind("1e-999999999999", '.'));
        assertEquals(NumberCells.Kind.NUMBER, NumberCells.kind("2.5e-5", '.'));
    }
}
