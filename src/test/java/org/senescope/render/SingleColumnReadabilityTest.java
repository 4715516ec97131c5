package org.senescope.render;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.route.ObstacleRouter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How readable the curated single-column figure is, measured on its drawn routes (issue 12): crossings between
 * edges, total turning of the routes (in quarter turns: a right-angle bend counts 1, a rounded one as far as it
 * turns) and total edge length (in label sizes), summed over the single-column curated scenes without data, with
 * fill and with stripes. The bounds are the counts after barycentre ordering in the column bands
 * ({@link ColumnBands}), so a change that makes the figure busier fails.
 */
class SingleColumnReadabilityTest {

    @Test
    void theSingleColumnFigureKeepsItsRoutesShortStraightAndUncrossed() {
        FigureOptions base = SceneFixtures.options().withWidth(PhysicalLength.parse("single"))
                .withLayout(LayoutChoice.PRESET);
        List<FigureScene> scenes = List.of(FigureScene.compose(SceneFixtures.network(), base),
                FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                        base.withDisplay(ConditionDisplay.FILL)),
                FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                        base.withDisplay(ConditionDisplay.STRIPES)));
        int crossings = 0;
        double turning = 0;
        double length = 0;
        for (FigureScene s : scenes) {
            List<List<Line2D>> routes = new ArrayList<>();
            for (DrawnEdge e : s.edges()) {
                routes.add(ObstacleRouter.segments(e.line()));
            }
            for (List<Line2D> r : routes) {
                turning += turning(r) / (Math.PI / 2);
                length += r.stream().mapToDouble(l -> l.getP1().distance(l.getP2())).sum() / s.fontSize();
            }
            for (int a = 0; a < routes.size(); a++) {
                for (int b = a + 1; b < routes.size(); b++) {
                    crossings += crossings(routes.get(a), routes.get(b), s.fontSize() * 0.5);
                }
            }
        }
        String measured = String.format("%d crossings, %.0f quarter turns, %.0f label sizes of edges", crossings,
                turning, length);
        System.out.println("single column, curated: " + measured);
        // On the curation of 117 edges: 4715 crossings, 903 quarter turns, 8295 label sizes in layout order in each
        // band, 3634, 838 and 6839 with barycentre ordering. The completed curation's 125 edges: 5264, 933 and 8708,
        // where a scene whose moves towards links would not fit the page keeps the layout order (PageFit.BY_LINKS).
        assertTrue(crossings <= 5264 && turning <= 934 && length <= 8709, measured);
    }

    /** The sum of the absolute turns between consecutive segments of a route. */
    private static double turning(List<Line2D> route) {
        double sum = 0;
        for (int i = 1; i < route.size(); i++) {
            Line2D p = route.get(i - 1);
            Line2D q = route.get(i);
            double a = Math.atan2(p.getY2() - p.getY1(), p.getX2() - p.getX1());
            double b = Math.atan2(q.getY2() - q.getY1(), q.getX2() - q.getX1());
            double d = Math.abs(b - a) % (2 * Math.PI);
            sum += Math.min(d, 2 * Math.PI - d);
        }
        return sum;
    }

    /**
     * Where two routes cross, counting a crossing once however many flattened segments meet there, and not at
     * points within {@code nearEnd} of either route's ends (edges meeting at a shared node).
     */
    private static int crossings(List<Line2D> x, List<Line2D> y, double nearEnd) {
        List<double[]> points = new ArrayList<>();
        for (Line2D p : x) {
            for (Line2D q : y) {
                if (!p.intersectsLine(q)) {
                    continue;
                }
                double[] at = intersection(p, q);
                if (nearEnds(at, x, nearEnd) || nearEnds(at, y, nearEnd)
                        || points.stream().anyMatch(o -> Math.hypot(o[0] - at[0], o[1] - at[1]) < nearEnd)) {
                    continue;
                }
                points.add(at);
            }
        }
        return points.size();
    }

    private static boolean nearEnds(double[] at, List<Line2D> route, double near) {
        Line2D first = route.get(0);
        Line2D last = route.get(route.size() - 1);
        return first.getP1().distance(at[0], at[1]) < near || last.getP2().distance(at[0], at[1]) < near;
    }

    private static double[] intersection(Line2D p, Line2D q) {
        double d = (p.getX1() - p.getX2()) * (q.getY1() - q.getY2()) - (p.getY1() - p.getY2()) * (q.getX1() - q.getX2());
        if (Math.abs(d) < 1e-12) {
            return new double[] {p.getX1(), p.getY1()};
        }
        double a = p.getX1() * p.getY2() - p.getY1() * p.getX2();
        double b = q.getX1() * q.getY2() - q.getY1() * q.getX2();
        return new double[] {(a * (q.getX1() - q.getX2()) - (p.getX1() - p.getX2()) * b) / d,
                (a * (q.getY1() - q.getY2()) - (p.getY1() - p.getY2()) * b) / d};
    }
}
