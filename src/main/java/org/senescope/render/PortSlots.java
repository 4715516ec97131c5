package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.senescope.model.Edge;
import org.senescope.render.route.ObstacleRouter;

/**
 * Positions along one node's outline, measured as arc length from where its outline starts, for placing the heads
 * that end there (ports): the outline is walked as a closed polyline, so that spacing along it is spacing between
 * heads, whatever the shape. The outline must be convex (every end outline is: see
 * {@link NodeGlyphs#endOutline}). Immutable.
 */
final class PortSlots {

    /** A place on the outline and the outward unit normal there, along which a head arrives. */
    record Port(Point2D at, Point2D normal) {
    }

    private final Shape outline;
    private final List<Line2D> sides = new ArrayList<>();
    private final double[] start;
    private final double length;

    PortSlots(Shape outline) {
        this.outline = outline;
        for (Line2D s : ObstacleRouter.segments(outline)) {
            if (s.getP1().distance(s.getP2()) > 1e-9) {
                sides.add(s);
            }
        }
        start = new double[sides.size()];
        double total = 0;
        for (int i = 0; i < sides.size(); i++) {
            start[i] = total;
            total += sides.get(i).getP1().distance(sides.get(i).getP2());
        }
        length = total;
    }

    /** The outline's length. */
    double length() {
        return length;
    }

    /** The position of the outline's point nearest {@code p}. */
    double position(Point2D p) {
        double best = Double.POSITIVE_INFINITY;
        double at = 0;
        for (int i = 0; i < sides.size(); i++) {
            Line2D s = sides.get(i);
            double len = s.getP1().distance(s.getP2());
            double t = ((p.getX() - s.getX1()) * (s.getX2() - s.getX1()) + (p.getY() - s.getY1())
                    * (s.getY2() - s.getY1())) / (len * len);
            t = Math.max(0, Math.min(1, t));
            double d = p.distance(s.getX1() + (s.getX2() - s.getX1()) * t, s.getY1() + (s.getY2() - s.getY1()) * t);
            if (d < best) {
                best = d;
                at = start[i] + t * len;
            }
        }
        return at;
    }

    /** The port at {@code position} (taken round the outline), just outside it. */
    Port at(double position) {
        double s = ((position % length) + length) % length;
        int i = sides.size() - 1;
        while (i > 0 && start[i] > s) {
            i--;
        }
        Line2D side = sides.get(i);
        double len = side.getP1().distance(side.getP2());
        double t = Math.min(1, (s - start[i]) / len);
        double tx = (side.getX2() - side.getX1()) / len;
        double ty = (side.getY2() - side.getY1()) / len;
        double x = side.getX1() + tx * len * t;
        double y = side.getY1() + ty * len * t;
        double nx = ty;
        double ny = -tx;
        // Every end outline is convex, so outward is away from its centre.
        Rectangle2D bounds = outline.getBounds2D();
        if (nx * (x - bounds.getCenterX()) + ny * (y - bounds.getCenterY()) < 0) {
            nx = -nx;
            ny = -ny;
        }
        return new Port(new Point2D.Double(x + nx * 1e-6, y + ny * 1e-6), new Point2D.Double(nx, ny));
    }

    /**
     * The head of {@code edge} with its tip at {@code tip}, arriving in the unit direction {@code dx}, {@code dy},
     * drawn a fifth larger: the margin kept between neighbouring heads.
     */
    static Area headArea(Edge edge, Point2D tip, double dx, double dy, double font) {
        return new Area(EdgePainter.headShape(EdgePainter.head(edge), tip, dx, dy, edge.evidenceLevel(), font * 1.2));
    }

    /** Whether two heads overlap. */
    static boolean meets(Area a, Area b) {
        if (!a.getBounds2D().intersects(b.getBounds2D())) {
            return false;
        }
        Area both = new Area(a);
        both.intersect(b);
        return !both.isEmpty();
    }

    /** Whether the polyline comes inside {@code shape} anywhere. */
    static boolean enters(List<Point2D> line, Shape shape) {
        for (int k = 1; k < line.size(); k++) {
            for (int s = 0; s <= 20; s++) {
                if (shape.contains(along(line.get(k - 1), line.get(k), s / 20.0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the segment from {@code inside} to {@code outside} {@code shape} crosses its outline (just outside). */
    static Point2D crossing(Shape shape, Point2D inside, Point2D outside) {
        double in = 0;
        double out = 1;
        for (int k = 0; k < 30; k++) {
            double mid = (in + out) / 2;
            if (shape.contains(along(inside, outside, mid))) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return along(inside, outside, out);
    }

    static Point2D along(Point2D a, Point2D b, double t) {
        return new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
    }
}
