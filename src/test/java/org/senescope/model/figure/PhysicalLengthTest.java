package org.senescope.model.figure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhysicalLengthTest {

    @Test
    void readsMillimetresCentimetresInchesAndColumnPresets() {
        assertEquals(180, PhysicalLength.parse("180mm").millimetres(), 1e-9);
        assertEquals(85, PhysicalLength.parse("single").millimetres(), 1e-9);
        assertEquals(180, PhysicalLength.parse("double").millimetres(), 1e-9);
        assertEquals(120, PhysicalLength.parse("12cm").millimetres(), 1e-9);
        assertEquals(177.8, PhysicalLength.parse("7in").millimetres(), 1e-9);
    }

    @Test
    void convertsToPointsAndPixels() {
        assertEquals(72, PhysicalLength.parse("1in").points(), 1e-9);
        assertEquals(2126, PhysicalLength.parse("180mm").pixels(300));
        assertEquals(1004, PhysicalLength.parse("85mm").pixels(300));
    }

    @Test
    void textFormReadsBack() {
        PhysicalLength l = PhysicalLength.parse("7in");
        assertEquals("177.8mm", l.toString());
        assertEquals(l, PhysicalLength.parse(l.toString()));
    }

    @Test
    void rejectsOtherTextNamingTheFormsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhysicalLength.parse("180px"));
        assertEquals("'180px' is not a length; expected e.g. 180mm, 18cm, 7in, single (85 mm) or double (180 mm)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhysicalLength.parse("0mm"));
    }
}
