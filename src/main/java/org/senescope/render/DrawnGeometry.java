package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scene's drawn geometry for a drawing made elsewhere (the interactive page): each node's outline box and each
 * edge's route, as the figure draws them, so that the other drawing keeps the figure's promise that no edge passes
 * through a node that is not its endpoint. Coordinates are in points relative to a panel's corner. Stateless.
 */
public final class DrawnGeometry {

    private DrawnGeometry() {
    }

    /**
     * The box of the node's drawn outline: its whole box, or only the icon for a kind whose label sits below its icon
     * (a cell type, drug class or disease; see {@link #labelBelow}).
     */
    public static Rectangle2D outlineBox(SceneNode n) {
        return NodeGlyphs.outline(n).getBounds2D();
    }

    /**
     * The corners of the node's drawn outline, in points, when it is a polygon (a complex, phenotype, therapy, cell
     * type, drug class or disease); empty for an ellipse or a (rounded) rectangle.
     */
    public static List<Point2D> outlineCorners(SceneNode n) {
        Shape outline = NodeGlyphs.outline(n);
        if (outline instanceof RectangularShape) {
            return List.of();
        }
        List<Point2D> corners = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                corners.add(new Point2D.Double(c[0], c[1]));
            }
        }
        return corners;
    }

    /** Whether the node's label sits below its icon rather than inside its outline. */
    public static boolean labelBelow(SceneNode n) {
        return NodeGlyphs.labelBelow(n.node().kind());
    }

    /**
     * By edge id, in the network's edge order, the edge's route as a polyline with sharp bends: from where it leaves
     * the source's outline, through each bend (the corners the figure rounds off), to where its head touches the
     * target. The figure routes the sharp polyline clear of every other node and only then rounds its bends, so the
     * polyline keeps that clearance. A self-loop and an edge the figure cannot draw (its two nodes overlap) have no
     * route and are left out.
     */
    public static Map<String, List<Point2D>> edgeRoutes(FigureScene scene) {
        Map<String, List<Point2D>> routes = new LinkedHashMap<>();
        for (DrawnEdge e : scene.edges()) {
            if (e.edge().sourceId().equals(e.edge().targetId())) {
                continue;
            }
            List<Point2D> points = corners(e.line());
            if (points.size() < 2) {
                continue;
            }
            if (EdgePainter.head(e.edge()) == EdgePainter.Head.ARROW) {
                // The line stops where the arrowhead begins; the head's first point is its tip, on the outline.
                points.set(points.size() - 1, corners(e.head()).get(0));
            }
            routes.put(e.edge().id(), points);
        }
        return routes;
    }

    /**
     * The points a path runs through with its rounded bends made sharp again: every line end, and for each quadratic
     * curve its control point (the bend) instead of its end; points on a straight run with their neighbours are
     * dropped.
     */
    private static List<Point2D> corners(Shape path) {
        List<Point2D> points = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_CLOSE) {
                points.add(new Point2D.Double(c[0], c[1]));
            }
        }
        List<Point2D> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            boolean inner = i > 0 && i < points.size() - 1;
            if (inner && collinear(kept.get(kept.size() - 1), points.get(i), points.get(i + 1))) {
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).distance(points.get(i)) < 1e-6) {
                continue;
            }
            kept.add(points.get(i));
        }
        return kept;
    }

    private static boolean collinear(Point2D a, Point2D b, Point2D c) {
        double cross = (b.getX() - a.getX()) * (c.getY() - a.getY()) - (b.getY() - a.getY()) * (c.getX() - a.getX());
        return Math.abs(cross) < 1e-6 * Math.max(1, a.distance(c) * a.distance(c));
    }
}
