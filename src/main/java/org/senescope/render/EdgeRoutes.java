package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.senescope.model.Edge;
import org.senescope.render.route.ObstacleRouter;
import org.senescope.render.route.RoundedPolyline;
import org.senescope.render.route.RouteUsage;

/**
 * Where every edge of a panel runs: straight when the segment between the two nodes clears every other node's
 * footprint, else around them ({@link ObstacleRouter}); parallel edges bend apart when the bent line clears too.
 * Heads ending at one node are spread along its outline (ports) so that they do not pile up, and routes that would
 * run along one corridor are moved into separate lanes ({@link CorridorLanes}). Deterministic.
 */
final class EdgeRoutes {

    /** A route being made: edge, end nodes' indices, points (source to target), unclipped router path or none. */
    private record Track(Edge edge, int from, int to, List<Point2D> points, List<Point2D> path) {
        Track with(List<Point2D> replaced) {
            return new Track(edge, from, to, replaced, path);
        }
    }

    /** How much a route pays per unit of length run along an earlier one, beyond the length itself. */
    private static final double ALONG_COST = 2.0;

    /** The most port routes tried for one end: routing is the costly step. */
    private static final int MAX_ROUTES = 40;

    private final List<SceneNode> nodes;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Shape> outlines = new ArrayList<>();
    private final ObstacleRouter router;
    /** The routes made so far: later edges take another track than earlier ones where it is not much longer. */
    private final RouteUsage usage;
    private final double font;
    /** Where routes and heads may run: the panel grown by 0.3 label sizes. */
    private final Rectangle2D area;

    private EdgeRoutes(List<SceneNode> nodes, double font, Rectangle2D panel) {
        this.nodes = nodes;
        this.font = font;
        List<Rectangle2D> footprints = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SceneNode n = nodes.get(i);
            index.put(n.node().id(), i);
            outlines.add(NodeGlyphs.endOutline(n, font * 0.15));
            footprints.add(n.footprint());
        }
        // Routes may pass round a node at the panel's edge (corners sit twice the clearance out), no further.
        double out = font * 0.3;
        this.area = new Rectangle2D.Double(-out, -out, panel.getWidth() + 2 * out, panel.getHeight() + 2 * out);
        this.router = new ObstacleRouter(footprints, font * 0.15, area);
        this.usage = router.usage(font * 0.25, ALONG_COST);
    }

    /**
     * Every edge of {@code edges} as drawn among {@code nodes} (panel coordinates), in the order given, each inside
     * the panel of {@code panel}'s size grown by 0.3 label sizes.
     */
    static List<DrawnEdge> of(List<Edge> edges, List<SceneNode> nodes, double font, Rectangle2D panel) {
        return new EdgeRoutes(nodes, font, panel).draw(edges);
    }

    private List<DrawnEdge> draw(List<Edge> edges) {
        Map<String, Integer> pairCount = new HashMap<>();
        for (Edge e : edges) {
            pairCount.merge(pairKey(e), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Track> tracks = new ArrayList<>();
        for (Edge e : edges) {
            String key = pairKey(e);
            int count = Objects.requireNonNull(pairCount.get(key), key);
            int rank = seen.merge(key, 1, Integer::sum) - 1;
            double bend = (rank - (count - 1) / 2.0) * font * 0.9;
            // The pair key orders endpoints, so a reverse edge bends to the other side unless flipped.
            tracks.add(track(e, e.sourceId().compareTo(e.targetId()) > 0 ? -bend : bend));
        }
        spreadPorts(tracks);
        List<CorridorLanes.Route> routes = new ArrayList<>();
        tracks.forEach(t -> routes.add(new CorridorLanes.Route(t.from(), t.to(), t.points(),
                EdgePainter.head(t.edge()) != EdgePainter.Head.NONE)));
        List<List<Point2D>> lanes = new CorridorLanes(router, outlines, nodes, font).separate(routes);
        List<DrawnEdge> drawn = new ArrayList<>();
        for (int k = 0; k < tracks.size(); k++) {
            drawn.add(shapes(tracks.get(k).with(lanes.get(k))));
        }
        return drawn;
    }

    private Track track(Edge e, double bend) {
        int from = indexOf(e.sourceId());
        int to = indexOf(e.targetId());
        if (from == to) {
            return new Track(e, from, to, List.of(), List.of());
        }
        Point2D a = centre(from);
        Point2D b = centre(to);
        List<Point2D> line = bend == 0 ? List.of() : bent(a, b, bend, from, to);
        List<Point2D> path = List.of();
        if (line.isEmpty()) {
            line = router.route(a, b, from, to, usage).orElse(List.of(a, b));
            path = line;
            usage.add(path);
        }
        return new Track(e, from, to, clip(line, outlines.get(from), outlines.get(to)), path);
    }

    /** The quadratic curve bent sideways by {@code bend}, as a fine polyline, or empty when it does not clear. */
    private List<Point2D> bent(Point2D a, Point2D b, double bend, int from, int to) {
        double d = a.distance(b);
        double cx = (a.getX() + b.getX()) / 2 - (b.getY() - a.getY()) / d * bend * 2;
        double cy = (a.getY() + b.getY()) / 2 + (b.getX() - a.getX()) / d * bend * 2;
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            double u = 1 - t;
            points.add(new Point2D.Double(u * u * a.getX() + 2 * u * t * cx + t * t * b.getX(),
                    u * u * a.getY() + 2 * u * t * cy + t * t * b.getY()));
        }
        for (int i = 1; i < points.size(); i++) {
            if (!router.visible(points.get(i - 1), points.get(i), from, to)) {
                return List.of();
            }
        }
        return points;
    }

    /** The polyline cut where it leaves the source's outline and enters the target's; empty when they overlap. */
    private static List<Point2D> clip(List<Point2D> line, Shape source, Shape target) {
        int last = line.size() - 1;
        int i = 0;
        while (i < last && source.contains(line.get(i + 1))) {
            i++;
        }
        int j = last;
        while (j > i + 1 && target.contains(line.get(j - 1))) {
            j--;
        }
        if (i == last || target.contains(line.get(i))) {
            return List.of();
        }
        List<Point2D> out = new ArrayList<>();
        out.add(PortSlots.crossing(source, line.get(i), line.get(i + 1)));
        out.addAll(line.subList(i + 1, j));
        out.add(PortSlots.crossing(target, line.get(j), line.get(j - 1)));
        return out;
    }

    /**
     * Gives each head its own port on its target's outline: ends are taken in the order they arrive round the
     * outline, and each takes the free place nearest where its first route arrived, trying outward in steps along
     * the outline, where its head (grown by a margin) stays inside the panel and meets no head already placed there
     * and the port, approached along the outline's normal, can be reached cleanly. An end with no such place keeps
     * its first route (none does in the bundled network's figures, 15 heads into one node included:
     * EdgeRoutingGeometryTest).
     */
    private void spreadPorts(List<Track> tracks) {
        Map<Integer, List<Integer>> byTarget = new LinkedHashMap<>();
        for (int k = 0; k < tracks.size(); k++) {
            Track t = tracks.get(k);
            if (t.points().size() >= 2 && EdgePainter.head(t.edge()) != EdgePainter.Head.NONE) {
                byTarget.computeIfAbsent(t.to(), x -> new ArrayList<>()).add(k);
            }
        }
        byTarget.forEach((node, ends) -> {
            PortSlots slots = new PortSlots(outlines.get(node));
            List<Integer> order = new ArrayList<>(ends);
            order.sort(Comparator.comparingDouble(k -> slots.position(last(tracks.get(k).points()))));
            List<Area> placed = new ArrayList<>();
            for (int k : order) {
                Track t = tracks.get(k);
                port(t, slots, placed).ifPresent(m -> tracks.set(k, m));
            }
        });
    }

    /** The track moved to the free, reachable port nearest its first arrival, adding its head to {@code placed}. */
    private Optional<Track> port(Track t, PortSlots slots, List<Area> placed) {
        double step = font * 0.25;
        double preferred = slots.position(last(t.points()));
        int tries = 0;
        for (int i = 0; i * step <= slots.length() / 2 + step && tries < MAX_ROUTES; i++) {
            for (int side : i == 0 ? new int[] {1} : new int[] {1, -1}) {
                PortSlots.Port p = slots.at(preferred + side * i * step);
                Area head = PortSlots.headArea(t.edge(), p.at(), -p.normal().getX(), -p.normal().getY(), font);
                // A port on the side of a node at the panel's edge would put its head outside the panel.
                if (!area.contains(head.getBounds2D()) || placed.stream().anyMatch(h -> PortSlots.meets(h, head))
                        || tries++ >= MAX_ROUTES) {
                    continue;
                }
                double stubLength = font * 0.95;
                Point2D stub = new Point2D.Double(p.at().getX() + p.normal().getX() * stubLength,
                        p.at().getY() + p.normal().getY() * stubLength);
                Optional<Track> route = portRoute(t, stub, p.at());
                if (route.isPresent()) {
                    placed.add(head);
                    usage.remove(t.path());
                    usage.add(route.get().path());
                    return route;
                }
            }
        }
        return Optional.empty();
    }

    /** The track from the source to {@code stub}, then in to {@code port}, if it is clean. */
    private Optional<Track> portRoute(Track t, Point2D stub, Point2D port) {
        Shape target = outlines.get(t.to());
        if (!router.visible(stub, port, t.from(), t.to())) {
            return Optional.empty();
        }
        for (int skip : new int[] {t.to(), -1}) {
            var route = router.route(centre(t.from()), stub, t.from(), skip, usage);
            if (route.isEmpty()) {
                continue;
            }
            List<Point2D> line = new ArrayList<>(route.get());
            line.add(port);
            if (PortSlots.enters(line.subList(0, line.size() - 1), target)) {
                continue;
            }
            List<Point2D> clipped = clip(line, outlines.get(t.from()), target);
            if (clipped.size() >= 2) {
                return Optional.of(new Track(t.edge(), t.from(), t.to(), clipped, line));
            }
        }
        return Optional.empty();
    }

    private DrawnEdge shapes(Track t) {
        if (t.from() == t.to()) {
            Rectangle2D box = nodes.get(t.from()).box();
            double r = font * 0.9;
            return new DrawnEdge(t.edge(), new Ellipse2D.Double(box.getMaxX() - r, box.getMinY() - r, 2 * r, 2 * r),
                    new Path2D.Double());
        }
        if (t.points().size() < 2) {
            return new DrawnEdge(t.edge(), new Path2D.Double(), new Path2D.Double());
        }
        List<Point2D> points = new ArrayList<>(t.points());
        Point2D tip = last(points);
        Point2D before = points.get(points.size() - 2);
        double len = tip.distance(before);
        double dx = (tip.getX() - before.getX()) / len;
        double dy = (tip.getY() - before.getY()) / len;
        EdgePainter.Head head = EdgePainter.head(t.edge());
        if (head == EdgePainter.Head.ARROW) {
            double back = Math.min(font * 0.6, len * 0.9);
            points.set(points.size() - 1, new Point2D.Double(tip.getX() - dx * back, tip.getY() - dy * back));
        }
        Path2D.Double line = RoundedPolyline.of(points, font * 0.3);
        if (!router.clears(line, t.from(), t.to())) {
            line = RoundedPolyline.sharp(points);
        }
        return new DrawnEdge(t.edge(), line, EdgePainter.headShape(head, tip, dx, dy, t.edge().evidenceLevel(), font));
    }

    private int indexOf(String id) {
        return Objects.requireNonNull(index.get(id), id);
    }

    private Point2D centre(int node) {
        Rectangle2D b = nodes.get(node).box();
        return new Point2D.Double(b.getCenterX(), b.getCenterY());
    }

    private static Point2D last(List<Point2D> points) {
        return points.get(points.size() - 1);
    }

    private static String pairKey(Edge e) {
        return e.sourceId().compareTo(e.targetId()) <= 0 ? e.sourceId() + "\u0000" + e.targetId()
                : e.targetId() + "\u0000" + e.sourceId();
    }
}
