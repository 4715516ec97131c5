package org.senescope.render;

import java.awt.Color;
import java.util.List;

/**
 * Maps values to colours on Paul Tol's colour-blind-safe blue–red diverging scheme, centred at 0 and symmetric in
 * {@code [-limit, limit]}; values beyond clamp to the ends, unmeasured values are {@link #MISSING} grey.
 * Immutable and thread-safe.
 *
 * @param limit the magnitude mapped to the darkest colours; positive and finite
 */
public record DivergingScale(double limit) {

    /** Unmeasured: a neutral grey lighter than any kind colour and darker than the white centre. */
    public static final Color MISSING = new Color(0xC8C8C8);

    /** Tol's BuRd scheme, from most negative to most positive. */
    static final List<Color> STOPS = List.of(new Color(0x2166AC), new Color(0x4393C3), new Color(0x92C5DE),
            new Color(0xD1E5F0), new Color(0xF7F7F7), new Color(0xFDDBC7), new Color(0xF4A582), new Color(0xD6604D),
            new Color(0xB2182B));

    public DivergingScale {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("the colour limit must be positive and finite, found " + limit);
        }
    }

    /** The colour of {@code value}; {@link #MISSING} for NaN. */
    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        double t = (Math.max(-limit, Math.min(limit, value)) + limit) / (2 * limit) * (STOPS.size() - 1);
        int i = Math.min((int) Math.floor(t), STOPS.size() - 2);
        double f = t - i;
        Color a = STOPS.get(i);
        Color b = STOPS.get(i + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** The scheme's colours from most negative to most positive, for gradients drawn elsewhere. */
    public static List<Color> colours() {
        return STOPS;
    }

    /** Black or white, whichever reads better on {@code fill}. */
    public static Color textOn(Color fill) {
        double luminance = (0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue()) / 255;
        return luminance < 0.45 ? Color.WHITE : Color.BLACK;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
