package org.senescope.model.overlay;

/**
 * The symmetric range of an overlay's diverging colour scale: the user's, or one taken from the shown condition's
 * values on the network (see {@code overlay.OverlaySummaries#colourScale}). The colours themselves are
 * {@code export.OverlayStyle}'s. Immutable.
 *
 * @param range half-width: {@code -range} is the low colour, 0 the middle, {@code +range} the high colour; positive
 */
public record ColourScale(double range) {

    public ColourScale {
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("range must be positive: " + range);
        }
    }
}
