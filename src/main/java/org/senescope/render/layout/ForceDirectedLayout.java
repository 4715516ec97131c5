package org.senescope.render.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;

/**
 * A seeded Fruchterman–Reingold layout (1991): edges pull like springs, all nodes repel, and the step size cools
 * linearly. Start positions come from {@link SplittableRandom} with the given seed and every loop runs in node order,
 * so the same network and seed always give the same positions. Iterations fall with network size so that a few
 * thousand nodes still take under a second. Above {@value #SPREAD_ABOVE} nodes the result is spread by rank (each
 * coordinate replaced by its rank), which keeps every node's left/right and above/below order but evens out the dense
 * core such layouts have, so that labelled boxes fit without long pushes. Stateless and thread-safe.
 */
public final class ForceDirectedLayout {

    /** The spacing the layout aims at between neighbours, in Cytoscape pixels. */
    public static final double IDEAL_EDGE_LENGTH = 160;
    /** Larger networks are spread by rank. */
    public static final int SPREAD_ABOVE = 150;

    private ForceDirectedLayout() {
    }

    /** Positions for every node of {@code network}, in node order. */
    public static Map<String, Position> layout(Network network, long seed) {
        List<Node> nodes = network.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        int[][] links = network.edges().stream().filter(e -> !e.sourceId().equals(e.targetId()))
                .map(e -> new int[] {index.get(e.sourceId()), index.get(e.targetId())}).toArray(int[][]::new);
        double k = IDEAL_EDGE_LENGTH;
        double side = k * Math.sqrt(Math.max(n, 1));
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * side;
            y[i] = random.nextDouble() * side;
        }
        int iterations = (int) Math.max(40, Math.min(300, 30_000_000L / Math.max(1L, (long) n * n)));
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int it = 0; it < iterations; it++) {
            double temperature = side / 10 * (1 - (double) it / iterations) + 1;
            step(x, y, dx, dy, links, k, side);
            for (int i = 0; i < n; i++) {
                double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double move = Math.min(d, temperature);
                    x[i] += dx[i] / d * move;
                    y[i] += dy[i] / d * move;
                }
            }
        }
        if (n > SPREAD_ABOVE) {
            x = ranks(x, side);
            y = ranks(y, side);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(nodes.get(i).id(), new Position(Math.round(x[i] * 10) / 10.0, Math.round(y[i] * 10) / 10.0));
        }
        return positions;
    }

    /** Each value replaced by its rank (ties by index), scaled to {@code [0, side]}. */
    private static double[] ranks(double[] v, double side) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> v[i]).thenComparingInt(i -> i));
        double[] r = new double[v.length];
        for (int rank = 0; rank < order.length; rank++) {
            r[order[rank]] = side * rank / Math.max(1, v.length - 1);
        }
        return r;
    }

    /** The summed forces on every node: repulsion k²/d between all pairs, attraction d²/k along edges, weak gravity. */
    private static void step(double[] x, double[] y, double[] dx, double[] dy, int[][] links, double k, double side) {
        int n = x.length;
        java.util.Arrays.fill(dx, 0);
        java.util.Arrays.fill(dy, 0);
        double k2 = k * k;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d2 = Math.max(ddx * ddx + ddy * ddy, 0.01);
                double f = k2 / d2;
                dx[i] += ddx * f;
                dy[i] += ddy * f;
                dx[j] -= ddx * f;
                dy[j] -= ddy * f;
            }
        }
        for (int[] l : links) {
            double ddx = x[l[0]] - x[l[1]];
            double ddy = y[l[0]] - y[l[1]];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d / k;
            dx[l[0]] -= ddx * f;
            dy[l[0]] -= ddy * f;
            dx[l[1]] += ddx * f;
            dy[l[1]] += ddy * f;
        }
        // Gravity towards the centre keeps unconnected parts from drifting away.
        double c = side / 2;
        for (int i = 0; i < n; i++) {
            dx[i] -= (x[i] - c) * 0.02;
            dy[i] -= (y[i] - c) * 0.02;
        }
    }
}
