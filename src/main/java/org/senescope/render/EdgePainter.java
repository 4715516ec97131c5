package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
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
 * {@link EvidenceStyle} decides for every format. Parallel edges between one pair of nodes bend apart. Stateless.
 */
final class EdgePainter {

    /** What ends an edge at its target. */
    enum Head { ARROW, TEE, NONE }

    private static final int SAMPLES = 48;

    private EdgePainter() {
    }

    static Head head(Edge edge) {
        // Binding, membership and association have no sign (the curation refuses one), so no head of either kind.
        if (!edge.directed() || !edge.relation().isSigned()) {
            return Head.NONE;
        }
        return edge.sign() == Sign.POSITIVE ? Head.ARROW : edge.sign() == Sign.NEGATIVE ? Head.TEE : Head.NONE;
    }

    /**
     * Draws one edge from {@code source} to {@code target} outlines, bent sideways by {@code bend} points (0 for a
     * straight line).
     */
    static void paint(Graphics2D g, Edge edge, Shape source, Shape target, double bend, double font) {
        Point2D a = centre(source);
        Point2D b = centre(target);
        if (a.distance(b) < 1e-6) {
            paintLoop(g, edge, source, font);
            return;
        }
        double nx = -(b.getY() - a.getY()) / a.distance(b);
        double ny = (b.getX() - a.getX()) / a.distance(b);
        Point2D control = new Point2D.Double((a.getX() + b.getX()) / 2 + nx * bend * 2,
                (a.getY() + b.getY()) / 2 + ny * bend * 2);
        double t0 = exit(source, a, control, b, true);
        double t1 = exit(target, a, control, b, false);
        if (t1 <= t0) {
            return;
        }
        Head head = head(edge);
        double headLength = font * 0.75;
        Point2D tip = at(a, control, b, t1);
        Point2D before = at(a, control, b, Math.max(t0, t1 - 0.01));
        double dx = tip.getX() - before.getX();
        double dy = tip.getY() - before.getY();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        dx /= len;
        dy /= len;
        Path2D.Double path = new Path2D.Double();
        Point2D start = at(a, control, b, t0);
        path.moveTo(start.getX(), start.getY());
        int steps = bend == 0 ? 1 : 16;
        for (int i = 1; i <= steps; i++) {
            Point2D p = at(a, control, b, t0 + (t1 - t0) * i / steps);
            if (i == steps && head == Head.ARROW) {
                p = new Point2D.Double(tip.getX() - dx * headLength * 0.8, tip.getY() - dy * headLength * 0.8);
            }
            path.lineTo(p.getX(), p.getY());
        }
        EvidenceType level = edge.evidenceLevel();
        stroke(g, level, font);
        g.draw(path);
        paintHead(g, head, tip, dx, dy, level, font);
    }

    /** A legend sample along {@code line}. */
    static void paintSample(Graphics2D g, Head head, EvidenceType level, Line2D line, double font) {
        double headLength = font * 0.75;
        double endX = head == Head.ARROW ? line.getX2() - headLength * 0.8 : line.getX2();
        stroke(g, level, font);
        g.draw(new Line2D.Double(line.getX1(), line.getY1(), endX, line.getY2()));
        paintHead(g, head, line.getP2(), 1, 0, level, font);
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

    private static void paintHead(Graphics2D g, Head head, Point2D tip, double dx, double dy, EvidenceType level,
                                  double font) {
        // Heads grow a little with the line, so that a heavy line does not swallow its arrowhead.
        double width = EvidenceStyle.look(level).width();
        double length = font * (0.65 + 0.05 * width);
        double half = font * (0.2 + 0.05 * width);
        g.setStroke(new BasicStroke((float) (font * 0.13)));
        if (head == Head.ARROW) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(tip.getX(), tip.getY());
            p.lineTo(tip.getX() - dx * length - dy * half, tip.getY() - dy * length + dx * half);
            p.lineTo(tip.getX() - dx * length + dy * half, tip.getY() - dy * length - dx * half);
            p.closePath();
            g.fill(p);
        } else if (head == Head.TEE) {
            double bar = font * 0.45;
            g.setStroke(new BasicStroke((float) Math.max(font * 0.12, lineWidth(level, font) * 1.5)));
            double x = tip.getX() - dx * font * 0.1;
            double y = tip.getY() - dy * font * 0.1;
            g.draw(new Line2D.Double(x - dy * bar, y + dx * bar, x + dy * bar, y - dx * bar));
        }
    }

    private static void paintLoop(Graphics2D g, Edge edge, Shape node, double font) {
        var box = node.getBounds2D();
        double r = font * 0.9;
        stroke(g, edge.evidenceLevel(), font);
        g.draw(new Ellipse2D.Double(box.getMaxX() - r, box.getMinY() - r, 2 * r, 2 * r));
    }

    private static Point2D centre(Shape s) {
        var b = s.getBounds2D();
        return new Point2D.Double(b.getCenterX(), b.getCenterY());
    }

    /** Point of the quadratic curve a–c–b at {@code t}. */
    private static Point2D at(Point2D a, Point2D c, Point2D b, double t) {
        double u = 1 - t;
        return new Point2D.Double(u * u * a.getX() + 2 * u * t * c.getX() + t * t * b.getX(),
                u * u * a.getY() + 2 * u * t * c.getY() + t * t * b.getY());
    }

    /**
     * Where the curve crosses {@code shape}'s outline: leaving it when {@code leaving} (the source), entering it
     * otherwise (the target). Coarse samples, then bisection.
     */
    private static double exit(Shape shape, Point2D a, Point2D c, Point2D b, boolean leaving) {
        double inside = leaving ? 0 : 1;
        double outside = leaving ? 1 : 0;
        for (int i = 1; i <= SAMPLES; i++) {
            double t = leaving ? (double) i / SAMPLES : 1 - (double) i / SAMPLES;
            if (!shape.contains(at(a, c, b, t))) {
                outside = t;
                break;
            }
            inside = t;
        }
        for (int i = 0; i < 20; i++) {
            double mid = (inside + outside) / 2;
            if (shape.contains(at(a, c, b, mid))) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return outside;
    }
}
