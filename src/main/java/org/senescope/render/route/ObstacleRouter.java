package org.senescope.render.route;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Shortest obstacle-avoiding paths between points among axis-aligned boxes. A path may not come nearer than the
 * clearance to any box but the two it connects (given by index, so that a path may start inside its own node). Bends
 * sit on the corners of the boxes grown by twice the clearance, so that the segments between them keep the clearance.
 * Every path stays inside a drawable area (a panel): no segment leaves it, and corners outside it are not used. The
 * visibility between corners is computed once, so routing many edges among the same boxes is cheap. Immutable.
 */
public final class ObstacleRouter {

    private static final double FLATNESS = 0.05;

    private final double clearance;
    private final List<Rectangle2D> blocks;
    private final Rectangle2D area;
    private final List<Point2D> corners = new ArrayList<>();
    private final double[][] between;
    /** No routes drawn: nothing costs extra. */
    private final RouteUsage free;

    /**
     * @param obstacles the boxes to avoid, indexed as {@link #route} and {@link #clears} refer to them
     * @param clearance how near a path may come to a box, in the boxes' units; positive
     * @param area      where paths may run; the boxes grown by twice the clearance should lie inside it, or paths
     *                  round a box at its edge are lost
     */
    public ObstacleRouter(List<Rectangle2D> obstacles, double clearance, Rectangle2D area) {
        if (!(clearance > 0)) {
            throw new IllegalArgumentException("the clearance must be positive: " + clearance);
        }
        this.clearance = clearance;
        this.area = (Rectangle2D) area.clone();
        List<Rectangle2D> grown = new ArrayList<>();
        for (Rectangle2D r : obstacles) {
            grown.add(grow(r, clearance));
        }
        this.blocks = List.copyOf(grown);
        for (Rectangle2D r : obstacles) {
            Rectangle2D c = grow(r, clearance * 2);
            for (Point2D p : List.<Point2D>of(new Point2D.Double(c.getMinX(), c.getMinY()),
                    new Point2D.Double(c.getMaxX(), c.getMinY()), new Point2D.Double(c.getMaxX(), c.getMaxY()),
                    new Point2D.Double(c.getMinX(), c.getMaxY()))) {
                if (inside(p) && blocks.stream().noneMatch(b -> b.contains(p))) {
                    corners.add(p);
                }
            }
        }
        int n = corners.size();
        between = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(between[i], Double.POSITIVE_INFINITY);
            for (int j = 0; j < i; j++) {
                if (visible(corners.get(i), corners.get(j), -1, -1)) {
                    between[i][j] = corners.get(i).distance(corners.get(j));
                    between[j][i] = between[i][j];
                }
            }
        }
        free = usage(1, 0);
    }

    /**
     * The shortest polyline from {@code start} to {@code end} that keeps the clearance from every box except
     * {@code from} and {@code to}: the two points alone when the straight segment does, empty when no path exists.
     */
    public Optional<List<Point2D>> route(Point2D start, Point2D end, int from, int to) {
        return route(start, end, from, to, free);
    }

    /**
     * A fresh record of routes drawn among these boxes, charging {@code weight} times the length a later route runs
     * within {@code near} of an earlier one (see {@link RouteUsage}).
     */
    public RouteUsage usage(double near, double weight) {
        return new RouteUsage(corners, near, weight);
    }

    /**
     * As {@link #route(Point2D, Point2D, int, int)}, but the cheapest path when running along the routes in
     * {@code usage} costs extra: the straight segment still when it keeps the clearance.
     */
    public Optional<List<Point2D>> route(Point2D start, Point2D end, int from, int to, RouteUsage usage) {
        if (visible(start, end, from, to)) {
            return Optional.of(List.of(start, end));
        }
        int n = corners.size();
        double[] fromStart = new double[n];
        double[] toEnd = new double[n];
        double[] startExtra = usage.fromStart(start);
        for (int i = 0; i < n; i++) {
            Point2D c = corners.get(i);
            fromStart[i] = visible(start, c, from, to) ? start.distance(c) + startExtra[i] : Double.POSITIVE_INFINITY;
            toEnd[i] = visible(c, end, from, to) ? c.distance(end) : Double.POSITIVE_INFINITY;
        }
        double[] dist = fromStart.clone();
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        boolean[] done = new boolean[n];
        double best = Double.POSITIVE_INFINITY;
        int last = -1;
        while (true) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && dist[i] < Double.POSITIVE_INFINITY && (u < 0 || dist[i] < dist[u])) {
                    u = i;
                }
            }
            if (u < 0 || dist[u] >= best) {
                break;
            }
            done[u] = true;
            if (dist[u] + toEnd[u] < best) {
                best = dist[u] + toEnd[u];
                last = u;
            }
            for (int v = 0; v < n; v++) {
                double d = dist[u] + between[u][v] + usage.link(u, v);
                if (!done[v] && d < dist[v]) {
                    dist[v] = d;
                    previous[v] = u;
                }
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        List<Point2D> path = new ArrayList<>();
        path.add(end);
        for (int c = last; c >= 0; c = previous[c]) {
            path.add(corners.get(c));
        }
        path.add(start);
        Collections.reverse(path);
        return Optional.of(List.copyOf(path));
    }

    /**
     * Whether the segment stays inside the area and keeps the clearance from every box except {@code from} and
     * {@code to}.
     */
    public boolean visible(Point2D a, Point2D b, int from, int to) {
        // The area is convex: a segment stays inside it when both its ends do.
        if (!inside(a) || !inside(b)) {
            return false;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (i != from && i != to && blocks.get(i).intersectsLine(a.getX(), a.getY(), b.getX(), b.getY())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code path}, flattened finely, keeps half the clearance from every box except {@code from} and
     * {@code to}: the check on what is drawn, bends included.
     */
    public boolean clears(Shape path, int from, int to) {
        for (Line2D s : segments(path)) {
            for (int i = 0; i < blocks.size(); i++) {
                if (i != from && i != to && shrink(blocks.get(i)).intersectsLine(s)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The straight pieces of {@code path} flattened to within 0.05 units. */
    public static List<Line2D> segments(Shape path) {
        List<Line2D> out = new ArrayList<>();
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        double mx = 0;
        double my = 0;
        for (PathIterator it = path.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                mx = c[0];
                my = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                out.add(new Line2D.Double(x, y, c[0], c[1]));
            } else if (type == PathIterator.SEG_CLOSE) {
                out.add(new Line2D.Double(x, y, mx, my));
                c[0] = mx;
                c[1] = my;
            }
            x = c[0];
            y = c[1];
        }
        return out;
    }

    private boolean inside(Point2D p) {
        double e = 1e-9;
        return p.getX() >= area.getMinX() - e && p.getX() <= area.getMaxX() + e && p.getY() >= area.getMinY() - e
                && p.getY() <= area.getMaxY() + e;
    }

    private Rectangle2D shrink(Rectangle2D block) {
        // The blocks are grown by the clearance; half of it is the margin a drawn line must keep.
        double q = clearance / 2;
        return new Rectangle2D.Double(block.getX() + q, block.getY() + q, block.getWidth() - 2 * q,
                block.getHeight() - 2 * q);
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
