package org.senescope.model.overlay;

/**
 * The half-width of an overlay's colour scale as asked for: taken from the data ({@link FromData}) or fixed
 * ({@link Fixed}). Immutable.
 */
public sealed interface ColourRange permits ColourRange.FromData, ColourRange.Fixed {

    /**
     * The half-width every output uses unless told otherwise: figures ({@code --colour-limit}), the page, the
     * overlay's CX2, XGMML and Style XML ({@code --range}) and the Cytoscape app's overlay style, so that the same data
     * with the same options is coloured the same everywhere. Written as text for option defaults.
     */
    String DEFAULT_HALF_WIDTH_TEXT = "2";

    /** {@link #DEFAULT_HALF_WIDTH_TEXT} as a number. */
    double DEFAULT_HALF_WIDTH = 2.0;

    /** The range used when none is asked for: {@link Fixed} at {@link #DEFAULT_HALF_WIDTH}. */
    ColourRange DEFAULT = new Fixed(DEFAULT_HALF_WIDTH);

    /** The range from the data: the largest |value| of the shown condition on the network, rounded up. */
    ColourRange FROM_DATA = new FromData();

    /** The range taken from the data. */
    record FromData() implements ColourRange {
    }

    /**
     * A fixed range: values at or beyond {@code ±halfWidth} get the end colours.
     *
     * @param halfWidth positive and finite
     */
    record Fixed(double halfWidth) implements ColourRange {
        public Fixed {
            if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
                throw new IllegalArgumentException("a fixed colour range is positive and finite: " + halfWidth);
            }
        }
    }

    /** What a user may give for a range, in words for messages. */
    String ACCEPTED = "a positive number (or 0 for a range from the data)";

    /** Whether {@link #of} accepts {@code halfWidth}: 0, or a positive finite number. */
    static boolean accepts(double halfWidth) {
        return halfWidth >= 0 && !Double.isInfinite(halfWidth);
    }

    /**
     * The range a user's number asks for: 0 means from the data, a positive finite number a fixed range.
     *
     * @throws IllegalArgumentException for a negative, infinite or NaN number (see {@link #accepts})
     */
    static ColourRange of(double halfWidth) {
        return halfWidth == 0 ? FROM_DATA : new Fixed(halfWidth);
    }
}
