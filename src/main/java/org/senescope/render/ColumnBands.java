package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A compact arrangement of a network for a narrow drawing (a single column), in place of its layout drawn narrow,
 * where a wide layout's many columns pile up. The nodes, in their layout's left-to-right order, are cut into a few
 * contiguous column bands, so that the highest band is as low as it can be; each band stacks its nodes top to bottom
 * in their layout's top-to-bottom order, a fixed gap apart, narrow neighbours side by side. So a node left of another
 * in the layout is never in a band right of it, and within a band a node above another in the layout is never below
 * it: the layout's reading is kept as far as a few columns allow, except that nodes close in the layout's
 * top-to-bottom order ({@link #SWAP_SPAN} of its height) may trade places within a band so that each sits nearer the
 * nodes it is linked to (the barycentre heuristic of layered drawing), which shortens edges and saves routes around
 * nodes between their ends. Works from positions and links only, so a node added to a curation is placed by the same
 * rule. Stateless.
 */
final class ColumnBands {

    /**
     * How far apart in the layout's height (as a fraction of it) two nodes of one band may be and still trade
     * places: rows of one tier of the layout reorder, but outcomes never rise above the mechanisms.
     */
    static final double SWAP_SPAN = 0.2;

    /** Rounds of barycentre reordering; the order settles within a few on the bundled network. */
    private static final int ROUNDS = 8;

    private final List<Rectangle2D> footprints;
    private final int[][] links;
    private final double[] ys;
    private final double[] xs;
    private final double gap;
    private final double left;
    private final double right;

    private ColumnBands(double[] xs, double[] ys, List<Rectangle2D> footprints, int[][] links, double gap,
                        double left, double right) {
        this.links = links;
        this.xs = xs;
        this.ys = ys;
        this.footprints = footprints;
        this.gap = gap;
        this.left = left;
        this.right = right;
    }

    /**
     * The footprints moved into {@code bands} column bands of equal width side by side over {@code width} points
     * from {@code left}, each band's nodes stacked from y = 0 down, {@code gap} apart; same sizes, same order as
     * given. A node wider than its band overhangs its neighbours, for the caller to push apart (downwards only, so
     * that the order within a band is kept).
     *
     * @param xs         each footprint's x in the layout
     * @param ys         each footprint's y in the layout
     * @param footprints each node's footprint, of which only the size is used
     * @param links      the edges, each as the indices of its two nodes
     */
    static List<Rectangle2D> arrange(double[] xs, double[] ys, List<Rectangle2D> footprints, int[][] links,
                                     int bands, double left, double width, double gap) {
        return new ColumnBands(xs, ys, footprints, links, gap, left, left + width).arrange(bands, width);
    }

    private List<Rectangle2D> arrange(int bands, double width) {
        int n = footprints.size();
        List<Integer> byX = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byX.add(i);
        }
        byX.sort(Comparator.<Integer>comparingDouble(i -> xs[i]).thenComparingDouble(i -> ys[i])
                .thenComparingInt(i -> i));
        // Bands of equal width: a node wider than its band overhangs its neighbours, to be pushed apart downwards.
        double bandWidth = width / bands;
        // height[j][i]: how high the band of the j-th to the (i-1)-th node from the left stacks.
        double[][] height = new double[n + 1][n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i <= n; i++) {
                height[j][i] = stack(byY(byX.subList(j, i)), left, bandWidth, new Rectangle2D[n]);
            }
        }
        int[] starts = balancedCuts(height, Math.max(1, Math.min(bands, n)));
        List<List<Integer>> columns = new ArrayList<>();
        for (int b = 0; b < starts.length; b++) {
            columns.add(byY(byX.subList(starts[b], b + 1 < starts.length ? starts[b + 1] : n)));
        }
        Rectangle2D[] placed = new Rectangle2D[n];
        stackAll(columns, bandWidth, placed);
        double span = SWAP_SPAN * (max(ys) - min(ys));
        for (int round = 0; round < ROUNDS; round++) {
            double[] pull = barycentres(placed);
            boolean moved = false;
            for (List<Integer> column : columns) {
                moved |= reorder(column, pull, span);
            }
            if (!moved) {
                break;
            }
            stackAll(columns, bandWidth, placed);
        }
        return List.of(placed);
    }

    private void stackAll(List<List<Integer>> columns, double bandWidth, Rectangle2D[] placed) {
        for (int b = 0; b < columns.size(); b++) {
            stack(columns.get(b), left + b * bandWidth, bandWidth, placed);
        }
    }

    /** Each node's pull: the mean height of the nodes it is linked to, or its own height when it has no links. */
    private double[] barycentres(Rectangle2D[] placed) {
        double[] sum = new double[placed.length];
        int[] count = new int[placed.length];
        for (int[] link : links) {
            if (link[0] != link[1]) {
                sum[link[0]] += placed[link[1]].getCenterY();
                sum[link[1]] += placed[link[0]].getCenterY();
                count[link[0]]++;
                count[link[1]]++;
            }
        }
        double[] pull = new double[placed.length];
        for (int i = 0; i < placed.length; i++) {
            pull[i] = count[i] > 0 ? sum[i] / count[i] : placed[i].getCenterY();
        }
        return pull;
    }

    /**
     * Bubbles a band's nodes towards their pull: two neighbours in the band trade places when the lower one is
     * pulled higher and they are at most {@code span} apart in the layout. Only neighbours trade, so two nodes
     * further apart than {@code span} in the layout keep their order. Returns whether anything moved.
     */
    private boolean reorder(List<Integer> column, double[] pull, double span) {
        boolean moved = false;
        boolean swapped = true;
        for (int pass = 0; swapped && pass < column.size(); pass++) {
            swapped = false;
            for (int k = 0; k + 1 < column.size(); k++) {
                int upper = column.get(k);
                int lower = column.get(k + 1);
                if (pull[lower] < pull[upper] && Math.abs(ys[lower] - ys[upper]) <= span) {
                    column.set(k, lower);
                    column.set(k + 1, upper);
                    swapped = true;
                    moved = true;
                }
            }
        }
        return moved;
    }

    private static double max(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }

    private static double min(double[] values) {
        return java.util.Arrays.stream(values).min().orElse(0);
    }

    private List<Integer> byY(List<Integer> nodes) {
        List<Integer> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.<Integer>comparingDouble(i -> ys[i]).thenComparingDouble(i -> xs[i])
                .thenComparingInt(i -> i));
        return sorted;
    }

    /**
     * Stacks a band's nodes, in the order given, in rows from y = 0 down, {@code gap} apart, into {@code placed};
     * a node joins the row of the one before it when both fit the band's width (give or take a gap) side by side,
     * so that narrow nodes pair up and a node is never above one before it. Each row is centred in the band, but
     * kept within the drawing. Returns the band's height.
     */
    private double stack(List<Integer> band, double bandLeft, double bandWidth, Rectangle2D[] placed) {
        double y = 0;
        int k = 0;
        while (k < band.size()) {
            int end = k + 1;
            double rowWidth = footprints.get(band.get(k)).getWidth();
            while (end < band.size() && rowWidth + gap + footprints.get(band.get(end)).getWidth() <= bandWidth + gap) {
                rowWidth += gap + footprints.get(band.get(end)).getWidth();
                end++;
            }
            // A row wider than its band stays within the drawing: overhanging inwards only.
            double x = Math.max(left, Math.min(right - rowWidth, bandLeft + (bandWidth - rowWidth) / 2));
            double rowHeight = 0;
            for (int i : band.subList(k, end)) {
                Rectangle2D f = footprints.get(i);
                placed[i] = new Rectangle2D.Double(x, y, f.getWidth(), f.getHeight());
                x += f.getWidth() + gap;
                rowHeight = Math.max(rowHeight, f.getHeight());
            }
            y += rowHeight + gap;
            k = end;
        }
        return y;
    }

    /**
     * Where each of {@code bands} contiguous runs starts, so that the highest run ({@code height[j][i]}: of the
     * j-th to the (i-1)-th item) is as low as it can be: the linear partition, by dynamic programming.
     */
    static int[] balancedCuts(double[][] height, int bands) {
        int n = height.length - 1;
        // best[b][i]: the lowest highest run when the first i items make b runs; cut[b][i]: where the last starts.
        double[][] best = new double[bands + 1][n + 1];
        int[][] cut = new int[bands + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int b = 1; b <= bands; b++) {
            for (int i = b; i <= n; i++) {
                for (int j = b - 1; j < i; j++) {
                    double cost = Math.max(best[b - 1][j], height[j][i]);
                    if (cost < best[b][i]) {
                        best[b][i] = cost;
                        cut[b][i] = j;
                    }
                }
            }
        }
        int[] starts = new int[bands];
        int end = n;
        for (int b = bands; b >= 1; b--) {
            starts[b - 1] = cut[b][end];
            end = starts[b - 1];
        }
        return starts;
    }
}
