package org.senescope.render;

import java.awt.Color;
import java.util.List;

/**
 * A sequential colour-blind-safe scale from 0 to a top value: viridis (van der Walt and Smith, matplotlib), nine
 * stops interpolated linearly in RGB; values outside are clamped. Immutable.
 *
 * @param top the value drawn in the scale's last colour, positive
 */
record SequentialScale(double top) {

    /** Viridis at 0, 1/8, ..., 1. */
    static final List<Color> STOPS = List.of(new Color(0x440154), new Color(0x472D7B), new Color(0x3B528B),
            new Color(0x2C728E), new Color(0x21918C), new Color(0x28AE80), new Color(0x5EC962), new Color(0xADDC30),
            new Color(0xFDE725));

    SequentialScale {
        if (!(top > 0) || Double.isInfinite(top)) {
            throw new IllegalArgumentException("the scale's top must be positive and finite, found " + top);
        }
    }

    /** The colour of {@code value}. */
    Color colour(double value) {
        double t = Math.max(0, Math.min(1, value / top)) * (STOPS.size() - 1);
        int i = Math.min((int) Math.floor(t), STOPS.size() - 2);
        double f = t - i;
        Color a = STOPS.get(i);
        Color b = STOPS.get(i + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
