package org.senescope.overlay;

import org.senescope.export.OverlayStyle;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;

/**
 * The symmetric range of the diverging colour scale: the user's, or the largest |value| of the shown condition over
 * the measured network nodes, rounded up to one decimal so that legends read well. A scale from the network's own
 * values (not the whole table's) keeps the few network genes from all looking pale next to a table's extreme genes.
 * The colours are {@link OverlayStyle}'s. Immutable.
 *
 * @param range half-width: {@code -range} is the low colour, 0 the middle, {@code +range} the high colour
 */
public record ColourScale(double range) {

    public ColourScale {
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("range must be positive: " + range);
        }
    }

    /** The user's range when positive, else one from the data (1.0 when nothing is measured). */
    public static ColourScale of(Overlay overlay, int condition, double userRange) {
        if (userRange > 0) {
            return new ColourScale(userRange);
        }
        double largest = 0;
        for (NodeOverlay node : overlay.nodes()) {
            Measurement m = node.measurements().get(condition);
            if (m.isMeasured()) {
                largest = Math.max(largest, Math.abs(m.value()));
            }
        }
        return new ColourScale(largest == 0 ? 1.0 : Math.ceil(largest * 10 - 1e-9) / 10);
    }

    /** The fill colour of a value, {@code #RRGGBB}; grey for {@code NaN}. */
    public String colorOf(double value) {
        return OverlayStyle.colorOf(value, range);
    }
}
