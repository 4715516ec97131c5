package org.senescope.render.html;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.export.NetworkStyle;
import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Edge;
import org.senescope.model.SeedSource;

/**
 * The page's edges: Cytoscape.js edge elements with the look the figure gives them and every claim with its quote,
 * its seed cited as {@code sources.tsv} cites it (title, authors, venue and year, DOI; what the seed does not state is
 * said so, never filled in), evidence type, species, model, confidence and curator note.
 */
final class PageEdges {

    private PageEdges() {
    }

    static Map<String, Object> edge(Edge e, Map<String, SeedSource> seeds) {
        NetworkStyle.EdgeLook look = NetworkStyle.edgeLook(e);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", e.id());
        d.put("source", e.sourceId());
        d.put("target", e.targetId());
        d.put("relation", e.relation().label());
        d.put("sign", e.sign().symbol());
        d.put("arrow", e.directed() ? look.targetArrow().cx2Name() : "none");
        d.put("evidenceLevel", e.evidenceLevel().label());
        d.put("line", look.evidence().lineStyle().cx2Name());
        d.put("colour", look.evidence().color());
        d.put("width", look.evidence().width());
        d.put("opacity", look.evidence().opacity());
        List<Object> evidence = new ArrayList<>();
        for (Claim c : e.claims()) {
            evidence.add(claim(c, seeds));
        }
        d.put("evidence", evidence);
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("data", d);
        return element;
    }

    /**
     * Puts the figure's route of an edge into its data, in page pixels: {@code se} and {@code te}, where it leaves the
     * source and touches the target, relative to each node's position ("x y", Cytoscape.js's
     * {@code source-endpoint} and {@code target-endpoint}); and for a route with bends, {@code sw} and {@code sd},
     * each bend's weight along the line from the source's position to the target's and its distance from that line
     * ({@code segment-weights} and {@code segment-distances} with {@code edge-distances: node-position}).
     *
     * @param route  the route in figure points, from {@code DrawnGeometry.edgeRoutes}
     * @param source the position of the source node in figure points
     * @param target the position of the target node in figure points
     */
    static void putRoute(Map<String, Object> d, List<Point2D> route, Point2D source, Point2D target) {
        d.put("se", offset(route.get(0), source));
        d.put("te", offset(route.get(route.size() - 1), target));
        double vx = target.getX() - source.getX();
        double vy = target.getY() - source.getY();
        double length = Math.hypot(vx, vy);
        if (route.size() < 3 || length == 0) {
            return;
        }
        List<Object> weights = new ArrayList<>();
        List<Object> distances = new ArrayList<>();
        for (Point2D p : route.subList(1, route.size() - 1)) {
            double px = p.getX() - source.getX();
            double py = p.getY() - source.getY();
            weights.add(Math.round((px * vx + py * vy) / (length * length) * 1e4) / 1e4);
            distances.add(PageData.round((vx * py - vy * px) / length * PageData.PIXELS_PER_POINT));
        }
        d.put("sw", weights);
        d.put("sd", distances);
    }

    private static String offset(Point2D p, Point2D centre) {
        return PageData.round((p.getX() - centre.getX()) * PageData.PIXELS_PER_POINT) + "px "
                + PageData.round((p.getY() - centre.getY()) * PageData.PIXELS_PER_POINT) + "px";
    }

    private static Map<String, Object> claim(Claim c, Map<String, SeedSource> seeds) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("type", c.evidenceType().label());
        if (c.citation() instanceof Citation.SeedQuote q) {
            SeedSource s = seeds.get(q.seedFile());
            // The file name stays in the data as provenance; the page shows the seed cited by what it states.
            ev.put("seed", q.seedFile());
            ev.put("seedCitation", s == null ? "seed document " + q.seedFile() + " (not among the network's cited "
                    + "sources)" : s.reference());
            ev.put("title", s == null ? "" : s.title());
            ev.put("authors", s == null ? "" : s.citation());
            ev.put("doi", s == null ? "" : s.doi());
            ev.put("quote", q.quote());
        } else if (c.citation() instanceof Citation.Background b) {
            ev.put("seed", "");
            ev.put("seedCitation", "background knowledge, not from a seed");
            ev.put("title", "");
            ev.put("authors", "");
            ev.put("doi", "");
            ev.put("quote", b.statement());
        }
        ev.put("species", c.species().label());
        ev.put("model", c.model());
        ev.put("confidence", c.confidence().label());
        ev.put("note", c.note());
        return ev;
    }
}
