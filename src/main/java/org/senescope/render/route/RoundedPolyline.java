package org.senescope.render.route;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/** A polyline drawn with its bends rounded off by quadratic curves. Stateless. */
public final class RoundedPolyline {

    private RoundedPolyline() {
    }

    /**
     * The path through {@code points}, each bend replaced by a quadratic curve that starts and ends at most
     * {@code radius} (and at most half a segment) from the bend; the first and last points are kept exactly.
     */
    public static Path2D.Double of(List<Point2D> points, double radius) {
        Path2D.Double path = new Path2D.Double();
        if (points.isEmpty()) {
            return path;
        }
        Point2D first = points.get(0);
        path.moveTo(first.getX(), first.getY());
        for (int i = 1; i < points.size() - 1; i++) {
            Point2D a = points.get(i - 1);
            Point2D p = points.get(i);
            Point2D b = points.get(i + 1);
            double cutIn = Math.min(radius, p.distance(a) / 2);
            double cutOut = Math.min(radius, p.distance(b) / 2);
            Point2D in = towards(p, a, cutIn);
            Point2D out = towards(p, b, cutOut);
            path.lineTo(in.getX(), in.getY());
            path.quadTo(p.getX(), p.getY(), out.getX(), out.getY());
        }
        Point2D last = points.get(points.size() - 1);
        path.lineTo(last.getX(), last.getY());
        return path;
    }

    /** The path through {@code points} with sharp bends. */
    public static Path2D.Double sharp(List<Point2D> points) {
        return of(points, 0);
    }

    private static Point2D towards(Point2D from, Point2D to, double by) {
        double d = from.distance(to);
        if (d == 0) {
            return from;
        }
        return new Point2D.Double(from.getX() + (to.getX() - from.getX()) * by / d,
                from.getY() + (to.getY() - from.getY()) * by / d);
    }
}
