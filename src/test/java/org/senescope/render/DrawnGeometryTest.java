package org.senescope.render;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.model.Edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The routes the page draws: the figure's, with sharp bends, clear of every node but their two ends. */
class DrawnGeometryTest {

    private final FigureScene scene = FigureScene.compose(SceneFixtures.network(), SceneFixtures.options());

    @Test
    void everyRouteClearsEveryNodeButItsEndsAndEndsOnTheirOutlines() {
        Map<String, List<Point2D>> routes = DrawnGeometry.edgeRoutes(scene);
        List<String> crossings = new ArrayList<>();
        int bent = 0;
        for (Edge e : scene.network().edges()) {
            List<Point2D> route = routes.get(e.id());
            if (e.sourceId().equals(e.targetId())) {
                assertEquals(null, route, "a self-loop has no route");
                continue;
            }
            bent += route.size() > 2 ? 1 : 0;
            for (SceneNode n : scene.nodes()) {
                Rectangle2D box = n.footprint();
                if (n.node().id().equals(e.sourceId()) || n.node().id().equals(e.targetId())) {
                    continue;
                }
                for (int i = 0; i + 1 < route.size(); i++) {
                    if (new Line2D.Double(route.get(i), route.get(i + 1)).intersects(box)) {
                        crossings.add(e.id() + " through " + n.node().id());
                    }
                }
            }
            assertTrue(near(route.get(0), node(e.sourceId())), e.id() + " leaves its source's outline " + route);
            assertTrue(near(route.get(route.size() - 1), node(e.targetId())), e.id() + " ends at its target " + route);
        }
        assertEquals(List.of(), crossings);
        assertTrue(bent > scene.network().edges().size() / 2, "most edges of the seed network bend: " + bent);
    }

    @Test
    void iconKindsHaveTheirIconAsOutlineAndPolygonsTheirCorners() {
        SceneNode nk = node("nk_cell");
        assertTrue(DrawnGeometry.labelBelow(nk));
        Rectangle2D icon = DrawnGeometry.outlineBox(nk);
        assertTrue(icon.getMaxY() <= nk.labelBox().getMinY(), "the diamond stands over its label");
        assertEquals(4, DrawnGeometry.outlineCorners(nk).size(), "a diamond has four corners");
        assertEquals(List.of(), DrawnGeometry.outlineCorners(node("CCL2")), "an ellipse has none");
    }

    private SceneNode node(String id) {
        return scene.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow();
    }

    /** Within a point of the node's box (an outline lies on or inside it; an icon's edges end at the icon or label). */
    private static boolean near(Point2D p, SceneNode n) {
        Rectangle2D b = n.footprint();
        b.setRect(b.getX() - 1, b.getY() - 1, b.getWidth() + 2, b.getHeight() + 2);
        return b.contains(p);
    }
}
