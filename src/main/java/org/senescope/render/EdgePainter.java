package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

import org.senescope.export.EvidenceStyle;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Sign;

/**
 * Draws edges between node outlines: an arrowhead for activation, a T-bar for inhibition, nothing for binding,
 * membership and association; line weight, dash pattern, colour and opacity by the edge's evidence level, as
 * {@link EvidenceStyle} decides for every format. Where an edge runs is {@link EdgeRoutes}' choice. Stateless.
 */
final class EdgePainter {

    /** What ends an edge at its target. */
    enum Head { ARROW, TEE, NONE }

    private EdgePainter() {
    }

    static Head head(Edge edge) {
        // Binding, membership and association have no sign (the curation refuses one), so no head of either kind.
        if (!edge.directed() || !edge.relation().isSigned()) {
            return Head.NONE;
        }
        return edge.sign() == Sign.POSITIVE ? Head.ARROW : edge.sign() == Sign.NEGATIVE ? Head.TEE : Head.NONE;
    }

    /** Draws one edge as routed: its line stroked by evidence level, then its head filled. */
    static void paint(Graphics2D g, DrawnEdge edge, double font) {
        EvidenceType level = edge.edge().evidenceLevel();
        stroke(g, level, font);
        g.draw(edge.line());
        g.fill(edge.head());
    }

    /** A legend sample along {@code line}. */
    static void paintSample(Graphics2D g, Head head, EvidenceType level, Line2D line, double font) {
        double headLength = font * 0.75;
        double endX = head == Head.ARROW ? line.getX2() - headLength * 0.8 : line.getX2();
        stroke(g, level, font);
        g.draw(new Line2D.Double(line.getX1(), line.getY1(), endX, line.getY2()));
        g.fill(headShape(head, line.getP2(), 1, 0, level, font));
    }

    /** The line width in points: Cytoscape's width scaled to the label font (width 2 is 0.13 font sizes). */
    static double lineWidth(EvidenceType level, double font) {
        return font * 0.065 * EvidenceStyle.look(level).width();
    }

    /** The dash pattern in points, or an empty array for a solid line. */
    static float[] dashes(EvidenceType level, double font) {
        return switch (EvidenceStyle.look(level).lineStyle().cx2Name()) {
            case "dashed" -> new float[] {(float) (font * 0.45), (float) (font * 0.3)};
            case "dotted" -> new float[] {(float) (font * 0.13), (float) (font * 0.2)};
            default -> new float[0];
        };
    }

    /** The ink, with the level's opacity as alpha. */
    static Color colour(EvidenceType level) {
        EvidenceStyle.EvidenceLook look = EvidenceStyle.look(level);
        Color c = Color.decode(look.color());
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(look.opacity() * 255));
    }

    private static void stroke(Graphics2D g, EvidenceType level, double font) {
        float width = (float) lineWidth(level, font);
        float[] dashes = dashes(level, font);
        g.setColor(colour(level));
        g.setStroke(dashes.length > 0
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes, 0)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }

    /**
     * The head ending an edge at {@code tip}, arriving in the unit direction {@code dx}, {@code dy}, as a filled
     * outline: a triangle for an arrow, a bar for a T, an empty path for none. Heads grow a little with the line, so
     * that a heavy line does not swallow its arrowhead.
     */
    static Shape headShape(Head head, Point2D tip, double dx, double dy, EvidenceType level, double font) {
        double width = EvidenceStyle.look(level).width();
        Path2D.Double p = new Path2D.Double();
        if (head == Head.ARROW) {
            double length = font * (0.65 + 0.05 * width);
            double half = font * (0.2 + 0.05 * width);
            p.moveTo(tip.getX(), tip.getY());
            p.lineTo(tip.getX() - dx * length - dy * half, tip.getY() - dy * length + dx * half);
            p.lineTo(tip.getX() - dx * length + dy * half, tip.getY() - dy * length - dx * half);
            p.closePath();
        } else if (head == Head.TEE) {
            double bar = font * 0.45;
            BasicStroke pen = new BasicStroke((float) Math.max(font * 0.12, lineWidth(level, font) * 1.5));
            // The bar lies flush against the target's outline, outside it, clear of the label within.
            double x = tip.getX() - dx * pen.getLineWidth() / 2;
            double y = tip.getY() - dy * pen.getLineWidth() / 2;
            return pen.createStrokedShape(new Line2D.Double(x - dy * bar, y + dx * bar, x + dy * bar, y - dx * bar));
        }
        return p;
    }
}
