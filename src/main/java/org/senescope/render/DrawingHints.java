package org.senescope.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The rendering hints every back end sets before a {@link Drawing} draws: anti-aliased shapes and text, fractional font
 * metrics (text is placed where it was measured in points, not at whole pixels) and pure strokes (no pixel snapping,
 * so thin lines keep their width at any resolution). Stateless.
 */
public final class DrawingHints {

    private DrawingHints() {
    }

    /** Sets the hints on {@code g}. */
    public static void apply(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
