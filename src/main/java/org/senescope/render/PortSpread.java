package org.senescope.render;

import java.awt.geom.Point2D;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Spreads the ends of edges at one node around it: each end keeps the angle it arrives at unless a neighbour is
 * nearer than the gap (measured along the circle through the ends), when both move apart. Stateless.
 */
final class PortSpread {

    private static final int ROUNDS = 200;

    private PortSpread() {
    }

    /** The new angle (radians, from {@code centre}) of each end of {@code ends}, in their order. */
    static double[] spread(Point2D centre, List<Point2D> ends, double gap) {
        int n = ends.size();
        double[] angle = new double[n];
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            Point2D p = ends.get(i);
            angle[i] = Math.atan2(p.getY() - centre.getY(), p.getX() - centre.getX());
            radius[i] = Math.max(1e-6, p.distance(centre));
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> angle[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double[] need = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            int a = order[k];
            int b = order[(k + 1) % n];
            need[k] = gap / Math.min(radius[a], radius[b]);
            total += need[k];
        }
        double fit = Math.min(1, 2 * Math.PI / total);
        for (int round = 0; round < ROUNDS; round++) {
            boolean moved = false;
            for (int k = 0; k < n; k++) {
                int a = order[k];
                int b = order[(k + 1) % n];
                double diff = angle[b] - angle[a] + (k == n - 1 ? 2 * Math.PI : 0);
                double lack = need[k] * fit - diff;
                if (lack > 1e-9) {
                    angle[a] -= lack / 2;
                    angle[b] += lack / 2;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return angle;
    }
}
