package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.senescope.model.data.Measurement;
import org.senescope.model.data.Overlay;

/**
 * How a gene below {@code --min-expression} is drawn: a light grey fill (lighter than the "not measured" grey, and
 * unlike the near-white of no change) under grey diagonal hatching, so that its fold change, which a handful of reads
 * cannot support, is never read as a change. Node fills, stripe cells, member cells and the legend all use it; the
 * HTML page uses the same colours. Stateless.
 */
public final class NotExpressed {

    /** The fill under the hatching. */
    public static final Color FILL = Color.decode(org.senescope.export.OverlayStyle.NOT_EXPRESSED_COLOR);

    /** The hatching's lines. */
    public static final Color HATCH = new Color(0x8C8C8C);

    private NotExpressed() {
    }

    /** Fills {@code shape} as not expressed: the grey fill, then diagonal lines clipped to it. */
    static void paint(Graphics2D g, Shape shape, double font) {
        g.setColor(FILL);
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        g.setColor(HATCH);
        g.setStroke(new BasicStroke((float) (font * 0.07)));
        Rectangle2D b = shape.getBounds2D();
        double step = Math.max(font * 0.45, 0.5);
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += step) {
            g.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        }
        g.setClip(clip);
    }

    /** Whether any node or member of {@code overlay} is drawn not expressed, so the legend explains the hatching. */
    public static boolean any(@Nullable Overlay overlay) {
        return overlay != null && overlay.nodes().stream().anyMatch(n -> n.measurements().stream()
                .anyMatch(Measurement::notExpressed) || n.members().stream().flatMap(m -> m.measurements().stream())
                .anyMatch(Measurement::notExpressed));
    }

    /** The legend entry for the hatching, when the figure has any. */
    static Optional<LegendEntry> legendEntry(@Nullable Overlay overlay) {
        return any(overlay) ? Optional.of(new LegendEntry.HatchEntry("not expressed (below --min-expression)"))
                : Optional.empty();
    }

    /** The legend glyph: a gene node drawn not expressed. */
    static void paintLegendGlyph(Graphics2D g, Rectangle2D box, double font) {
        Shape outline = NodeGlyphs.outline(org.senescope.model.NodeKind.GENE, box);
        paint(g, outline, font);
        FigurePainter.strokeBorder(g, outline, false, font);
    }
}
