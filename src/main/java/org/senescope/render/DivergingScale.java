package org.senescope.render;

import java.awt.Color;
import java.util.List;

import org.senescope.export.LabelContrast;
import org.senescope.export.OverlayStyle;

/**
 * Maps values to colours on Paul Tol's colour-blind-safe blue–red diverging scheme (the Cytoscape styles' own,
 * {@link OverlayStyle}), centred at 0 and symmetric in
 * {@code [-limit, limit]}; values beyond clamp to the ends, unmeasured values are {@link #MISSING} grey.
 * Immutable and thread-safe.
 *
 * @param limit the magnitude mapped to the darkest colours; positive and finite
 */
public record DivergingScale(double limit) {

    /** Unmeasured: {@link OverlayStyle#MISSING_COLOR}, the grey of every Cytoscape style. */
    public static final Color MISSING = Color.decode(OverlayStyle.MISSING_COLOR);

    /** Tol's BuRd scheme, from most negative to most positive: {@link OverlayStyle#STOPS}. */
    static final List<Color> STOPS = OverlayStyle.STOPS.stream().map(Color::decode).toList();

    public DivergingScale {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("the colour limit must be positive and finite, found " + limit);
        }
    }

    /** The colour of {@code value}, the one {@link OverlayStyle#colorOf(double, double)} gives; {@link #MISSING} for NaN. */
    public Color colour(double value) {
        return Color.decode(OverlayStyle.colorOf(value, limit));
    }

    /** The scheme's colours from most negative to most positive, for gradients drawn elsewhere. */
    public static List<Color> colours() {
        return STOPS;
    }

    /** Black or white, whichever contrasts more with {@code fill} ({@link LabelContrast}: at least 4.5:1). */
    public static Color textOn(Color fill) {
        return Color.decode(LabelContrast.labelOn(String.format("#%06X", fill.getRGB() & 0xFFFFFF)));
    }
}
