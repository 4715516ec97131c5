package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.senescope.export.NetworkStyle;
import org.senescope.model.NodeKind;
import org.senescope.render.LegendEntry.BadgeEntry;
import org.senescope.render.LegendEntry.BarEntry;
import org.senescope.render.LegendEntry.BorderEntry;
import org.senescope.render.LegendEntry.CellEntry;
import org.senescope.render.LegendEntry.EdgeEntry;
import org.senescope.render.LegendEntry.KindEntry;
import org.senescope.render.LegendEntry.SwatchEntry;

/** The glyphs of the figure's {@link Legend}: each entry's small sample, and the colour bar. Stateless. */
final class LegendGlyphs {

    private LegendGlyphs() {
    }

    /** Paints the small glyph of a legend entry other than the colour bar into {@code glyph}. */
    static void paintGlyph(Graphics2D g, LegendEntry e, Rectangle2D glyph, double font) {
        double x = glyph.getMinX();
        double y = glyph.getMinY();
        double gw = glyph.getWidth();
        double gh = glyph.getHeight();
        if (e instanceof KindEntry k) {
            Color fill = k.filled() ? Color.decode(NetworkStyle.nodeLook(k.kind()).fillColor()) : Color.WHITE;
            Rectangle2D box = new Rectangle2D.Double(x + gw * 0.1, y, gw * 0.8, gh);
            g.setColor(fill);
            g.fill(NodeGlyphs.outline(k.kind(), box));
            FigurePainter.strokeBorder(g, NodeGlyphs.outline(k.kind(), box), false, font);
        } else if (e instanceof EdgeEntry edge) {
            EdgePainter.paintSample(g, edge.head(), edge.level(),
                    new Line2D.Double(glyph.getMinX(), glyph.getCenterY(), glyph.getMaxX(), glyph.getCenterY()), font);
        } else if (e instanceof BorderEntry border) {
            Rectangle2D box = new Rectangle2D.Double(x + gw * 0.15, y + gh * 0.05, gw * 0.7, gh * 0.9);
            g.setColor(DivergingScale.STOPS.get(6));
            g.fill(NodeGlyphs.outline(NodeKind.GENE, box));
            FigurePainter.strokeBorder(g, NodeGlyphs.outline(NodeKind.GENE, box), border.significant(), font);
        } else if (e instanceof BadgeEntry badge) {
            double side = ModuleBadges.side(font);
            ModuleBadges.paintBadge(g, new Rectangle2D.Double(x + (gw - side) / 2, y + (gh - side) / 2, side, side),
                    badge.number(), badge.colour(), badge.significant(), font);
        } else if (e instanceof CellEntry cells) {
            MemberCells.paintLegendGlyph(g, glyph, cells.shared(), font);
        } else if (e instanceof LegendEntry.HatchEntry) {
            NotExpressed.paintLegendGlyph(g, new Rectangle2D.Double(x + gw * 0.15, y + gh * 0.05, gw * 0.7,
                    gh * 0.9), font);
        } else if (e instanceof LegendEntry.DotEntry dot) {
            g.setColor(dot.colour());
            g.fill(new Ellipse2D.Double(glyph.getCenterX() - dot.diameter() / 2, glyph.getCenterY()
                    - dot.diameter() / 2, dot.diameter(), dot.diameter()));
        } else if (e instanceof SwatchEntry swatch) {
            Rectangle2D box = new Rectangle2D.Double(x + gw * 0.15, y + gh * 0.05, gw * 0.7, gh * 0.9);
            g.setColor(swatch.colour());
            g.fill(NodeGlyphs.outline(NodeKind.GENE, box));
            FigurePainter.strokeBorder(g, NodeGlyphs.outline(NodeKind.GENE, box), false, font);
        }
    }

    /** Paints the colour bar with its value label above and its three tick labels below, from {@code (x, y)}. */
    static void paintBar(Graphics2D g, BarEntry bar, double x, double y, double font) {
        g.setColor(Color.BLACK);
        g.setFont(FigureFont.at(font));
        g.drawString(bar.text(), (float) x, (float) (y + font));
        double barY = y + font * 1.4;
        double barW = font * 12;
        double barH = font * 0.9;
        int slices = 48;
        double limit = bar.scale().limit();
        for (int i = 0; i < slices; i++) {
            double v = -limit + (i + 0.5) * 2 * limit / slices;
            g.setColor(bar.scale().colour(v));
            // Slices overlap by a hair so that no seams show in PDF viewers.
            g.fill(new Rectangle2D.Double(x + i * barW / slices, barY, barW / slices + 0.05, barH));
        }
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke((float) (font * 0.06)));
        g.draw(new Rectangle2D.Double(x, barY, barW, barH));
        List<String> labels = Legend.barLabels(bar.scale());
        double[] at = {x, x + barW / 2, x + barW};
        g.setColor(Color.BLACK);
        for (int i = 0; i < 3; i++) {
            double w = FigureFont.width(labels.get(i), font);
            double lx = i == 0 ? at[i] : i == 1 ? at[i] - w / 2 : at[i] - w;
            g.draw(new Line2D.Double(at[i], barY + barH, at[i], barY + barH + font * 0.3));
            g.drawString(labels.get(i), (float) lx, (float) (barY + barH + font * 1.25));
        }
    }
}
