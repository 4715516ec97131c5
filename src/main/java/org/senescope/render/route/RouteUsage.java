package org.senescope.render.route;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes already drawn among one {@link ObstacleRouter}'s boxes, as a soft obstacle: a later route pays, on top of
 * its length, {@code weight} times the length it would run within {@code near} of an earlier one, along it, so that
 * it takes another track where one is not much longer, and shares a corridor only where there is no other way.
 * Charged on the links between box corners and on the first link from a start point; the last link, into the end
 * point, is free (ends are spread along their target by the caller). Mutable: one instance per set of routes.
 */
public final class RouteUsage {

    private final List<Point2D> corners;
    private final double near;
    private final double weight;
    private final double[][] extra;
    private final List<Line2D> used = new ArrayList<>();
    private final Map<Point2D, double[]> startCosts = new HashMap<>();

    RouteUsage(List<Point2D> corners, double near, double weight) {
        if (!(near > 0) || !(weight >= 0)) {
            throw new IllegalArgumentException("near must be positive and weight not negative: " + near + ", "
                    + weight);
        }
        this.corners = corners;
        this.near = near;
        this.weight = weight;
        this.extra = new double[corners.size()][corners.size()];
    }

    /** Counts {@code route} (a polyline) as drawn. */
    public void add(List<Point2D> route) {
        change(route, 1);
    }

    /** Takes back a route given to {@link #add} (it was replaced). */
    public void remove(List<Point2D> route) {
        change(route, -1);
    }

    private void change(List<Point2D> route, int sign) {
        startCosts.clear();
        for (int k = 1; k < route.size(); k++) {
            Line2D s = new Line2D.Double(route.get(k - 1), route.get(k));
            if (sign > 0) {
                used.add(s);
            } else {
                used.removeIf(u -> u.getP1().equals(s.getP1()) && u.getP2().equals(s.getP2()));
            }
            for (int i = 0; i < corners.size(); i++) {
                for (int j = 0; j < i; j++) {
                    double o = alongside(corners.get(i), corners.get(j), s, near);
                    if (o > 0) {
                        extra[i][j] += sign * weight * o;
                        extra[j][i] = extra[i][j];
                    }
                }
            }
        }
    }

    /** The extra cost of the link between corners {@code i} and {@code j}. */
    double link(int i, int j) {
        return Math.max(0, extra[i][j]);
    }

    /** The extra cost of the link from {@code start} to each corner (computed once per start while nothing changes). */
    double[] fromStart(Point2D start) {
        return startCosts.computeIfAbsent(start, p -> {
            double[] costs = new double[corners.size()];
            for (int i = 0; i < costs.length; i++) {
                for (Line2D s : used) {
                    costs[i] += weight * alongside(p, corners.get(i), s, near);
                }
            }
            return costs;
        });
    }

    /**
     * How long the segment from {@code a} to {@code b} and {@code s} run side by side within {@code near}: the
     * overlap of their projections when either's two ends lie within {@code near} of the other's line.
     */
    static double alongside(Point2D a, Point2D b, Line2D s, double near) {
        return Math.max(projectedOverlap(a, b, s.getP1(), s.getP2(), near),
                projectedOverlap(s.getP1(), s.getP2(), a, b, near));
    }

    /** The length of {@code a}-{@code b} covered by the projection of {@code p}-{@code q}, both within near its line. */
    private static double projectedOverlap(Point2D a, Point2D b, Point2D p, Point2D q, double near) {
        double len = a.distance(b);
        if (len == 0 || Line2D.ptLineDist(a.getX(), a.getY(), b.getX(), b.getY(), p.getX(), p.getY()) > near
                || Line2D.ptLineDist(a.getX(), a.getY(), b.getX(), b.getY(), q.getX(), q.getY()) > near) {
            return 0;
        }
        double ux = (b.getX() - a.getX()) / len;
        double uy = (b.getY() - a.getY()) / len;
        double tp = (p.getX() - a.getX()) * ux + (p.getY() - a.getY()) * uy;
        double tq = (q.getX() - a.getX()) * ux + (q.getY() - a.getY()) * uy;
        return Math.max(0, Math.min(len, Math.max(tp, tq)) - Math.max(0, Math.min(tp, tq)));
    }
}
