package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.senescope.model.NodeKind;

/**
 * The outline of each node kind, drawn around its label: the shapes of {@link org.senescope.export.NetworkStyle}, sized so
 * that the label fits inside. Stateless.
 */
final class NodeGlyphs {

    private NodeGlyphs() {
    }

    /** The glyph's height in pads, for a kind whose label sits below it ({@link #labelBelow}). */
    private static final double ICON = 3.4;
    /** The gap between such a glyph and its label, as a fraction of the glyph's height. */
    private static final double ICON_GAP = 0.12;

    /**
     * Whether the label sits below the glyph rather than inside it: a triangle, vee or diamond holds a text block
     * only when grown to about twice the text's width and height, which pushes its neighbours apart, so these
     * kinds are drawn as a small icon over their label, the pair making up the node's box.
     */
    static boolean labelBelow(NodeKind kind) {
        return kind == NodeKind.CELL_TYPE || kind == NodeKind.DRUG_CLASS || kind == NodeKind.DISEASE;
    }

    /**
     * Width and height of a node of {@code kind} whose label block measures {@code textW} by {@code textH}: the
     * outline's box, or the icon and its label together when the label sits below.
     */
    static double[] size(NodeKind kind, double textW, double textH, double pad) {
        double w = textW + 2 * pad;
        double h = textH + pad;
        if (labelBelow(kind)) {
            double icon = ICON * pad;
            return new double[] {Math.max(textW + pad * 0.4, icon * aspect(kind)), icon * (1 + ICON_GAP) + textH * 1.1};
        }
        return switch (kind) {
            case GENE -> new double[] {w * 1.18 + pad, h * 1.3};
            case COMPLEX -> new double[] {w + h * 0.6, h};
            case PHENOTYPE -> new double[] {w + h * 0.3, h * 1.1};
            case THERAPY -> new double[] {w + h * 0.7, h};
            default -> new double[] {w, h};
        };
    }

    /** An icon's width over its height. */
    private static double aspect(NodeKind kind) {
        return kind == NodeKind.CELL_TYPE ? 1.3 : 1.2;
    }

    /** Where the centre of a label block {@code textH} high sits in a node's {@code box}. */
    static double labelCentreY(NodeKind kind, Rectangle2D box, double textH) {
        return labelBelow(kind) ? box.getMaxY() - textH * 0.55 : box.getCenterY();
    }

    /** The outline drawn for a placed node: its kind's shape over its box, or over the icon above its label. */
    static Shape outline(SceneNode n) {
        Rectangle2D box = n.box();
        if (!labelBelow(n.node().kind())) {
            return outline(n.node().kind(), box);
        }
        double icon = (n.labelBox().getMinY() - box.getMinY()) / (1 + ICON_GAP);
        double w = icon * aspect(n.node().kind());
        return outline(n.node().kind(), new Rectangle2D.Double(box.getCenterX() - w / 2, box.getMinY(), w, icon));
    }

    /**
     * Where edges end at a placed node: its outline, or, for an icon over its label or a node with cells (a stripe
     * or strip) or module badges below it, the convex hull of the outline, the label, the cells and the badges grown
     * by {@code margin}, so that heads point at the whole and never touch the label, the cells or the badges.
     */
    static Shape endOutline(SceneNode n, double margin) {
        Shape glyph = outline(n);
        if (!labelBelow(n.node().kind()) && !n.hasStripe() && !n.hasBadges()) {
            return glyph;
        }
        List<Point2D> points = new ArrayList<>();
        // A curved outline (an ellipse) is flattened, so that its hull with the cells below stays close to it.
        for (PathIterator it = glyph.getPathIterator(null, margin * 0.5); !it.isDone(); it.next()) {
            double[] c = new double[6];
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                points.add(new Point2D.Double(c[0], c[1]));
            }
        }
        if (labelBelow(n.node().kind())) {
            corners(points, n.labelBox(), margin);
        }
        if (n.hasStripe()) {
            // Heads point at the node and its cells together, so that no head lands on the cells below it.
            corners(points, n.stripe(), margin);
        }
        if (n.hasBadges()) {
            // Likewise the module badges: a line run under them would be hidden, a head on them unreadable.
            corners(points, n.badges(), margin);
        }
        return hull(points);
    }

    /** The corners of {@code box} grown by {@code margin}, added to {@code points}. */
    private static void corners(List<Point2D> points, Rectangle2D box, double margin) {
        Rectangle2D l = new Rectangle2D.Double(box.getX() - margin, box.getY() - margin, box.getWidth() + 2 * margin,
                box.getHeight() + 2 * margin);
        points.addAll(List.of(new Point2D.Double(l.getMinX(), l.getMinY()), new Point2D.Double(l.getMaxX(),
                l.getMinY()), new Point2D.Double(l.getMaxX(), l.getMaxY()), new Point2D.Double(l.getMinX(),
                l.getMaxY())));
    }

    /** The convex hull of {@code points} (Andrew's monotone chain), as a closed path. */
    private static Shape hull(List<Point2D> points) {
        List<Point2D> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point2D::getX).thenComparingDouble(Point2D::getY));
        List<Point2D> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int floor = hull.size();
            for (Point2D p : sorted) {
                while (hull.size() >= floor + 2
                        && turn(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(p);
            }
            hull.remove(hull.size() - 1);
            Collections.reverse(sorted);
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(hull.get(0).getX(), hull.get(0).getY());
        for (Point2D p : hull.subList(1, hull.size())) {
            path.lineTo(p.getX(), p.getY());
        }
        path.closePath();
        return path;
    }

    private static double turn(Point2D a, Point2D b, Point2D c) {
        return (b.getX() - a.getX()) * (c.getY() - a.getY()) - (b.getY() - a.getY()) * (c.getX() - a.getX());
    }

    /** The outline of a node of {@code kind} filling {@code box}. */
    static Shape outline(NodeKind kind, Rectangle2D box) {
        double x = box.getX();
        double y = box.getY();
        double w = box.getWidth();
        double h = box.getHeight();
        return switch (kind) {
            case GENE -> new Ellipse2D.Double(x, y, w, h);
            case GENE_FAMILY -> new RoundRectangle2D.Double(x, y, w, h, h * 0.6, h * 0.6);
            case PROCESS -> new Rectangle2D.Double(x, y, w, h);
            case COMPLEX -> polygon(x, y, w, h, 0, .5, h * 0.3 / w, 0, 1 - h * 0.3 / w, 0, 1, .5, 1 - h * 0.3 / w, 1,
                    h * 0.3 / w, 1);
            case CELL_TYPE -> polygon(x, y, w, h, 0, .5, .5, 0, 1, .5, .5, 1);
            case PHENOTYPE -> {
                double c = Math.min(0.3 * h, 0.3 * w);
                yield polygon(x, y, w, h, 0, c / h, c / w, 0, 1 - c / w, 0, 1, c / h, 1, 1 - c / h, 1 - c / w, 1, c / w,
                        1, 0, 1 - c / h);
            }
            case DRUG_CLASS -> polygon(x, y, w, h, 0, 1, .5, 0, 1, 1);
            case THERAPY -> polygon(x, y, w, h, h * 0.35 / w, 0, 1, 0, 1 - h * 0.35 / w, 1, 0, 1);
            case DISEASE -> polygon(x, y, w, h, 0, 0, .5, .25, 1, 0, .5, 1);
        };
    }

    /** A closed polygon through points given as fractions of the box, x then y. */
    private static Shape polygon(double x, double y, double w, double h, double... fractions) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + fractions[0] * w, y + fractions[1] * h);
        for (int i = 2; i < fractions.length; i += 2) {
            p.lineTo(x + fractions[i] * w, y + fractions[i + 1] * h);
        }
        p.closePath();
        return p;
    }
}
