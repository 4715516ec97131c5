package org.senescope.render;

import java.awt.Color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DivergingScaleTest {

    private final DivergingScale scale = new DivergingScale(2);

    @Test
    void zeroIsTheNearWhiteCentreAndTheEndsAreTolsDarkestBlueAndRed() {
        assertEquals(new Color(0xF7F7F7), scale.colour(0));
        assertEquals(new Color(0x2166AC), scale.colour(-2));
        assertEquals(new Color(0xB2182B), scale.colour(2));
        assertEquals(new Color(0xD6604D), scale.colour(1.5));
    }

    @Test
    void valuesBeyondTheLimitClampAndMissingIsGrey() {
        assertEquals(scale.colour(2), scale.colour(40));
        assertEquals(scale.colour(-2), scale.colour(Double.NEGATIVE_INFINITY));
        assertEquals(DivergingScale.MISSING, scale.colour(Double.NaN));
    }

    @Test
    void labelsAreWhiteOnDarkFillsAndBlackOnLightOnes() {
        assertEquals(Color.WHITE, DivergingScale.textOn(scale.colour(-2)));
        assertEquals(Color.BLACK, DivergingScale.textOn(scale.colour(0)));
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new DivergingScale(0));
        assertThrows(IllegalArgumentException.class, () -> new DivergingScale(Double.NaN));
    }
}
