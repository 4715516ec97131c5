package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.senescope.render.route.ObstacleRouter;

/**
 * Separates routes that would run along one corridor. Shortest routes among the same obstacles bend at the same
 * corners, and edges leaving one node for targets on the same side leave it along the same line, so two edges can
 * lie on top of each other and a reader cannot tell which goes where. Routes are placed one by one, in order; a route
 * that runs within a lane's width of one already placed, for longer than about a label size, has its segments
 * moved sideways by whole lanes (a segment's two ends move together, so it stays parallel to where it was) until it
 * runs clear, as the nudging step of orthogonal connector routers does. A move is kept only when every moved segment
 * still keeps the router's clearance from every other node and does not cut into its own end nodes; a route's first
 * point is put back on its source's outline, and its last on its target's, unless its end is fixed (a head's port
 * and the stub leading to it stay where the ports put them). Deterministic; one instance per panel, used once.
 */
final class CorridorLanes {

    /** How near two lines may run, as a share of the label size: a fifth of it, with a margin. */
    private static final double NEAR = 0.25;
    /** How long two lines may run that near, as a share of the label size: where they meet or leave one port. */
    private static final double LIMIT = 1.2;
    /** The width of a lane, as a share of the label size. */
    private static final double LANE = 0.3;
    /** Lanes tried on each side of a segment. */
    private static final int SIDES = 4;
    /** Routes with more points are the smooth curves of parallel edges, already apart: they are kept as they are. */
    private static final int MOST_POINTS = 12;

    private final ObstacleRouter router;
    private final List<Shape> outlines;
    private final List<SceneNode> nodes;
    private final double font;
    /** Every route as it now lies, clipped to its outlines. */
    private final List<List<Point2D>> lines = new ArrayList<>();

    CorridorLanes(ObstacleRouter router, List<Shape> outlines, List<SceneNode> nodes, double font) {
        this.router = router;
        this.outlines = outlines;
        this.nodes = nodes;
        this.font = font;
    }

    /**
     * One route: from node {@code from} to node {@code to} through {@code points}, clipped to both outlines; its
     * last two points (a head's stub and port) stay where they are when {@code fixedEnd}.
     */
    record Route(int from, int to, List<Point2D> points, boolean fixedEnd) {
    }

    /**
     * Every route moved into lanes, in the order given: each is first placed clear of those before it, then, in two
     * more rounds, of all the others as they then lie. A route that cannot be improved comes back unchanged.
     */
    List<List<Point2D>> separate(List<Route> routes) {
        List<List<Point2D>> works = new ArrayList<>();
        for (int k = 0; k < routes.size(); k++) {
            Route r = routes.get(k);
            // Work on the unclipped line: its ends at the node centres (or at the fixed end), moved with the segments.
            List<Point2D> work = new ArrayList<>(r.points());
            if (movable(r)) {
                work.set(0, centre(r.from()));
                if (!r.fixedEnd()) {
                    work.set(work.size() - 1, centre(r.to()));
                }
            }
            works.add(work);
            lines.add(r.points());
        }
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < routes.size(); k++) {
                if (movable(routes.get(k))) {
                    // In the first round only the routes before this one count.
                    separate(routes.get(k), k, works, round == 0 ? k : routes.size());
                }
            }
        }
        return List.copyOf(lines);
    }

    private static boolean movable(Route r) {
        return r.points().size() >= 2 && r.points().size() <= MOST_POINTS && r.from() != r.to();
    }

    private void separate(Route r, int self, List<List<Point2D>> works, int counted) {
        int fixedTail = r.fixedEnd() ? 2 : 0;
        List<Point2D> work = works.get(self);
        double score = score(lines.get(self), self, counted);
        for (int pass = 0; pass < 2 && score > 0; pass++) {
            int movable = work.size() - fixedTail;
            for (int i = 0; i + 1 < work.size() && i < movable && score > 0; i++) {
                Point2D a = work.get(i);
                Point2D b = work.get(i + 1);
                double len = a.distance(b);
                double nx = -(b.getY() - a.getY()) / len;
                double ny = (b.getX() - a.getX()) / len;
                List<Point2D> bestWork = work;
                for (int k = 1; k <= SIDES * 3; k++) {
                    for (int side : new int[] {1, -1}) {
                        // Whole lanes first; then the near end alone, then the far end alone (a turn).
                        double by = side * ((k - 1) % SIDES + 1) * LANE * font;
                        int ends = (k - 1) / SIDES;
                        List<Point2D> moved = new ArrayList<>(work);
                        if (ends != 2) {
                            moved.set(i, shifted(a, nx * by, ny * by));
                        }
                        if (ends != 1 && i + 1 < movable) {
                            moved.set(i + 1, shifted(b, nx * by, ny * by));
                        }
                        List<Point2D> clipped = clipped(r.from(), r.to(), moved, fixedTail);
                        if (clipped.isEmpty()) {
                            continue;
                        }
                        double s = score(clipped, self, counted);
                        if (s < score) {
                            score = s;
                            lines.set(self, clipped);
                            bestWork = moved;
                        }
                    }
                }
                work = bestWork;
            }
        }
        works.set(self, work);
    }

    /** The working line with its free ends put back on the outlines, or empty when it is not clean. */
    private List<Point2D> clipped(int from, int to, List<Point2D> work, int fixedTail) {
        Shape source = outlines.get(from);
        Shape target = outlines.get(to);
        int last = work.size() - 1;
        if (!source.contains(work.get(0)) || source.contains(work.get(1))) {
            return List.of();
        }
        List<Point2D> out = new ArrayList<>(work);
        out.set(0, PortSlots.crossing(source, work.get(0), work.get(1)));
        if (fixedTail == 0) {
            if (!target.contains(work.get(last)) || target.contains(work.get(last - 1))) {
                return List.of();
            }
            out.set(last, PortSlots.crossing(target, work.get(last), work.get(last - 1)));
        }
        for (int k = 1; k < out.size(); k++) {
            Point2D p = out.get(k - 1);
            Point2D q = out.get(k);
            if (!router.visible(p, q, from, to) || cutsInto(p, q, k > 1 ? source : null, k < last ? target : null)) {
                return List.of();
            }
        }
        return out;
    }

    /** Whether the segment's inner points come inside either shape given. */
    private static boolean cutsInto(Point2D p, Point2D q, @Nullable Shape first,
            @Nullable Shape second) {
        for (int s = 1; s < 16; s++) {
            double t = s / 16.0;
            Point2D x = new Point2D.Double(p.getX() + (q.getX() - p.getX()) * t, p.getY() + (q.getY() - p.getY()) * t);
            if ((first != null && first.contains(x)) || (second != null && second.contains(x))) {
                return true;
            }
        }
        return false;
    }

    /** How far, in all, the line runs along the first {@code counted} routes but itself beyond the limit. */
    private double score(List<Point2D> line, int self, int counted) {
        double total = 0;
        for (int k = 0; k < counted; k++) {
            if (k != self && lines.get(k).size() >= 2) {
                total += Math.max(0, nearRun(line, lines.get(k), NEAR * font) - LIMIT * font);
            }
        }
        return total;
    }

    /** The longest stretch of {@code x} that stays within {@code near} of {@code y}, sampled finely. */
    static double nearRun(List<Point2D> x, List<Point2D> y, double near) {
        if (!grownBounds(x, near).intersects(grownBounds(y, 0))) {
            return 0;
        }
        double step = near / 2;
        double run = 0;
        double longest = 0;
        for (int k = 1; k < x.size(); k++) {
            Point2D a = x.get(k - 1);
            Point2D b = x.get(k);
            double len = a.distance(b);
            int n = Math.max(1, (int) Math.ceil(len / step));
            for (int i = 1; i <= n; i++) {
                double t = (double) i / n;
                Point2D p = new Point2D.Double(a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t);
                run = distance(p, y) <= near ? run + len / n : 0;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    private static double distance(Point2D p, List<Point2D> line) {
        double d = Double.POSITIVE_INFINITY;
        for (int k = 1; k < line.size(); k++) {
            d = Math.min(d, Line2D.ptSegDist(line.get(k - 1).getX(), line.get(k - 1).getY(),
                    line.get(k).getX(), line.get(k).getY(), p.getX(), p.getY()));
        }
        return d;
    }

    private static Rectangle2D grownBounds(List<Point2D> line, double by) {
        Rectangle2D r = new Rectangle2D.Double(line.get(0).getX(), line.get(0).getY(), 0, 0);
        line.forEach(r::add);
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private Point2D centre(int node) {
        Rectangle2D b = nodes.get(node).box();
        return new Point2D.Double(b.getCenterX(), b.getCenterY());
    }

    private static Point2D shifted(Point2D p, double dx, double dy) {
        return new Point2D.Double(p.getX() + dx, p.getY() + dy);
    }
}
