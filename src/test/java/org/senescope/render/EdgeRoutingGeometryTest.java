package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.senescope.model.Edge;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.route.ObstacleRouter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No false connections, on the drawn scene of every width, display and layout: no edge line or head crosses a node
 * that is not its endpoint, no label touches another label, another node or any head, every label fits inside its
 * node's outline, and the heads ending at one node do not overlap. On straight edges (before routing) the bundled
 * network gave 6492 crossings, 751 overlapping heads and 435 label clashes over these scenes.
 */
class EdgeRoutingGeometryTest {

    /** Composed once for the class: composing and routing every scene is the costly part of these tests. */
    private static @Nullable List<FigureScene> scenes;

    /** Every scene a user can ask for from the bundled network: widths, displays, layouts, with and without data. */
    private static synchronized List<FigureScene> scenes() {
        if (scenes == null) {
            scenes = List.copyOf(composeScenes());
        }
        return scenes;
    }

    private static List<FigureScene> composeScenes() {
        List<FigureScene> all = new ArrayList<>();
        for (String width : List.of("double", "single")) {
            for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                FigureOptions base = SceneFixtures.options().withWidth(PhysicalLength.parse(width)).withLayout(layout);
                all.add(FigureScene.compose(SceneFixtures.network(), base));
                for (ConditionDisplay display : ConditionDisplay.values()) {
                    all.add(FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                            base.withDisplay(display)));
                }
            }
        }
        return all;
    }

    private static String where(FigureScene s) {
        return s.options().width() + " " + s.options().display() + " " + s.options().layout()
                + (s.overlay().isPresent() ? " with data" : " without data");
    }

    @Test
    void noEdgeLineOrHeadCrossesANodeThatIsNotItsEndpoint() {
        List<String> crossings = new ArrayList<>();
        for (FigureScene s : scenes()) {
            List<DrawnEdge> edges = s.edgesInFigure();
            List<Rectangle2D> boxes = s.nodeBoxesInFigure();
            int perPanelEdges = s.edges().size();
            int perPanelNodes = s.nodes().size();
            assertEquals(s.network().edges().size(), perPanelEdges, "one drawn edge per edge");
            for (int k = 0; k < edges.size(); k++) {
                Edge e = edges.get(k).edge();
                int panel = k / perPanelEdges;
                for (int i = 0; i < perPanelNodes; i++) {
                    String id = s.nodes().get(i).node().id();
                    if (id.equals(e.sourceId()) || id.equals(e.targetId())) {
                        continue;
                    }
                    Rectangle2D box = boxes.get(panel * perPanelNodes + i);
                    if (crosses(edges.get(k).line(), box) || crosses(edges.get(k).head(), box)) {
                        crossings.add(where(s) + ": " + e.id() + " crosses " + id);
                    }
                }
            }
        }
        assertTrue(crossings.isEmpty(), crossings.size() + " crossings, e.g. "
                + crossings.subList(0, Math.min(8, crossings.size())));
    }

    @Test
    void noLabelTouchesAnotherLabelOrAnotherNode() {
        List<String> clashes = new ArrayList<>();
        for (FigureScene s : scenes()) {
            List<Rectangle2D> labels = s.labelBoxesInFigure();
            List<Rectangle2D> boxes = s.nodeBoxesInFigure();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = 0; j < boxes.size(); j++) {
                    if (i != j && (labels.get(i).intersects(boxes.get(j)) || labels.get(i).intersects(labels.get(j)))) {
                        clashes.add(where(s) + ": label " + i + " touches node " + j);
                    }
                }
            }
        }
        assertTrue(clashes.isEmpty(), clashes.size() + " clashes, e.g. " + clashes.subList(0, Math.min(8,
                clashes.size())));
    }

    @Test
    void noLabelTouchesAHeadAndEveryLabelFitsItsOutline() {
        List<String> clashes = new ArrayList<>();
        for (FigureScene s : scenes()) {
            List<Rectangle2D> labels = s.labelBoxesInFigure();
            for (int i = 0; i < labels.size(); i++) {
                for (DrawnEdge e : s.edgesInFigure()) {
                    if (new Area(e.head()).intersects(labels.get(i))) {
                        clashes.add(where(s) + ": label " + i + " touches the head of " + e.edge().id());
                    }
                }
            }
            for (SceneNode n : s.nodes()) {
                // Inside its outline, or wholly outside it within the node's footprint (which edges avoid).
                Shape glyph = NodeGlyphs.outline(n);
                boolean inside = glyph.contains(n.labelBox());
                boolean beside = !glyph.intersects(n.labelBox()) && n.footprint().contains(n.labelBox());
                if (!inside && !beside) {
                    clashes.add(where(s) + ": the label of " + n.node().id() + " spills out of its "
                            + n.node().kind());
                }
            }
        }
        assertTrue(clashes.isEmpty(), clashes.size() + " clashes, e.g. " + clashes.subList(0, Math.min(8,
                clashes.size())));
    }

    @Test
    void headsEndingAtOneNodeDoNotOverlap() {
        List<String> overlaps = new ArrayList<>();
        for (FigureScene s : scenes()) {
            List<DrawnEdge> edges = s.edges();
            for (int a = 0; a < edges.size(); a++) {
                for (int b = a + 1; b < edges.size(); b++) {
                    DrawnEdge x = edges.get(a);
                    DrawnEdge y = edges.get(b);
                    if (x.edge().targetId().equals(y.edge().targetId())) {
                        Area both = new Area(x.head());
                        both.intersect(new Area(y.head()));
                        if (!both.isEmpty()) {
                            overlaps.add(where(s) + ": " + x.edge().id() + " and " + y.edge().id());
                        }
                    }
                }
            }
        }
        assertTrue(overlaps.isEmpty(), overlaps.size() + " overlapping heads, e.g. "
                + overlaps.subList(0, Math.min(8, overlaps.size())));
    }

    /**
     * Every edge, line and head, stays on the page and inside its own panel's area grown by the router's corner
     * offset (0.3 label sizes: a route may pass round a node at the panel's edge, no further), so no route runs past
     * the panel into its neighbour, the legend or off the figure, where it would be cut off (an earlier corridor
     * charge sent routes round the outside of the single-column figure). Today's routes reach at most that offset.
     */
    @Test
    void everyEdgeStaysInsideItsPanelOnThePage() {
        List<String> outside = new ArrayList<>();
        for (FigureScene s : scenes()) {
            Rectangle2D page = new Rectangle2D.Double(0, 0, s.width(), s.height());
            List<DrawnEdge> edges = s.edgesInFigure();
            int perPanel = s.edges().size();
            for (int k = 0; k < edges.size(); k++) {
                Rectangle2D panel = s.panels().get(k / perPanel).area();
                double by = s.fontSize() * 0.3;
                Rectangle2D area = new Rectangle2D.Double(panel.getX() - by, panel.getY() - by,
                        panel.getWidth() + 2 * by, panel.getHeight() + 2 * by);
                DrawnEdge e = edges.get(k);
                for (Shape part : List.of(e.line(), e.head())) {
                    Rectangle2D b = part.getBounds2D();
                    if (!b.isEmpty() && !(contains(area, b) && contains(page, b))) {
                        outside.add(where(s) + ": " + e.edge().id() + " reaches " + b + " outside " + area);
                    }
                }
            }
        }
        assertTrue(outside.isEmpty(), outside.size() + " edges leave their panel, e.g. "
                + outside.subList(0, Math.min(8, outside.size())));
    }

    /** Whether {@code inner} lies within {@code outer}, up to rounding. */
    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        double e = 1e-6;
        return inner.getMinX() >= outer.getMinX() - e && inner.getMinY() >= outer.getMinY() - e
                && inner.getMaxX() <= outer.getMaxX() + e && inner.getMaxY() <= outer.getMaxY() + e;
    }

    /**
     * Two lines share a corridor when one runs within a fifth of a label size of the other for more than one and a
     * half label sizes: collinear stretches, lines leaving or reaching one point together, and very shallow crossings
     * alike (an earlier form of this check counted collinear stretches only: 4141 pairs before lanes, 216 after).
     */
    @Test
    void noTwoEdgesRunAlongTheSameCorridor() {
        List<String> shared = new ArrayList<>();
        for (FigureScene s : scenes()) {
            double font = s.fontSize();
            List<DrawnEdge> edges = s.edges();
            for (int a = 0; a < edges.size(); a++) {
                for (int b = a + 1; b < edges.size(); b++) {
                    if (nearRun(edges.get(a).line(), edges.get(b).line(), font * 0.2) > font * 1.5) {
                        shared.add(where(s) + ": " + edges.get(a).edge().id() + " and " + edges.get(b).edge().id());
                    }
                }
            }
        }
        // The goal is zero (issue 12). Routes pay for running along earlier ones (RouteUsage) and CorridorLanes moves
        // them into lanes, but 933 pairs remain where no lane is free of other nodes or routes, 716 of them in the
        // single-column scenes, whose column bands leave narrow gaps (1105, 818 single-column, while bands were 1.2
        // label sizes apart; PageFit now tries 1.6 and 1.4 first). The bound is today's count, so that a change that
        // adds pairs fails.
        assertTrue(shared.size() <= 933, shared.size() + " pairs share a corridor, more than the 933 of today, e.g. "
                + shared.subList(0, Math.min(8, shared.size())));
    }

    /** The longest stretch of {@code x} that stays within {@code near} of {@code y}. */
    private static double nearRun(Shape x, Shape y, double near) {
        Rectangle2D bx = x.getBounds2D();
        Rectangle2D by = y.getBounds2D();
        if (!new Rectangle2D.Double(bx.getX() - near, bx.getY() - near, bx.getWidth() + 2 * near,
                bx.getHeight() + 2 * near).intersects(by)) {
            return 0;
        }
        List<Line2D> ys = ObstacleRouter.segments(y);
        double step = near / 2;
        double run = 0;
        double longest = 0;
        for (Line2D p : ObstacleRouter.segments(x)) {
            double len = p.getP1().distance(p.getP2());
            int n = Math.max(1, (int) Math.ceil(len / step));
            for (int i = 1; i <= n; i++) {
                double t = (double) i / n;
                double px = p.getX1() + (p.getX2() - p.getX1()) * t;
                double py = p.getY1() + (p.getY2() - p.getY1()) * t;
                boolean close = false;
                for (Line2D q : ys) {
                    if (q.ptSegDist(px, py) <= near) {
                        close = true;
                        break;
                    }
                }
                run = close ? run + len / n : 0;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    @Test
    void theDemoFigureHasAHeadForEverySignedEdgeAndDrawsEveryEdge() {
        FigureScene s = FigureScene.compose(SceneFixtures.network(), SceneFixtures.options());
        for (DrawnEdge e : s.edges()) {
            assertTrue(!ObstacleRouter.segments(e.line()).isEmpty(), e.edge().id() + " is not drawn");
            assertEquals(EdgePainter.head(e.edge()) == EdgePainter.Head.NONE, e.head().getBounds2D().isEmpty(),
                    e.edge().id() + " has the wrong head");
        }
    }

    /** Whether {@code shape}'s outline, flattened finely, meets {@code box}, or the shape lies inside it. */
    private static boolean crosses(Shape shape, Rectangle2D box) {
        for (Line2D segment : ObstacleRouter.segments(shape)) {
            if (box.intersectsLine(segment)) {
                return true;
            }
        }
        return false;
    }
}
