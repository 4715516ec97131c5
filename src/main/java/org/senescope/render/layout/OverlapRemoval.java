package org.senescope.render.layout;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes overlaps between boxes by moving boxes down only, never sideways, so that columns and the left-to-right
 * reading of a layout are kept. Boxes are placed top to bottom; each goes where it wants unless it would overlap a box
 * already placed, in which case it moves just below the lowest such box and tries again. Always ends with no two boxes
 * closer than {@code gap}. Deterministic; stateless.
 */
public final class OverlapRemoval {

    private OverlapRemoval() {
    }

    /**
     * The boxes, in the given order, moved down as little as this greedy rule needs.
     *
     * @param boxes the boxes; not modified
     * @param gap   the clear space to keep between boxes, zero or more
     * @return one new box per input box, same size, same x
     */
    public static List<Rectangle2D> pushDown(List<? extends Rectangle2D> boxes, double gap) {
        if (gap < 0 || Double.isNaN(gap)) {
            throw new IllegalArgumentException("gap must be zero or more, found " + gap);
        }
        Integer[] order = new Integer[boxes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> boxes.get(i).getMinY())
                .thenComparingDouble(i -> boxes.get(i).getMinX()).thenComparingInt(i -> i));
        Rectangle2D[] placed = new Rectangle2D[boxes.size()];
        ColumnIndex index = new ColumnIndex(boxes, gap);
        for (int i : order) {
            Rectangle2D b = boxes.get(i);
            // Boxes never move sideways, so only boxes already placed in the same columns can be in the way.
            List<Rectangle2D> near = index.placedNear(b);
            double y = b.getMinY();
            boolean moved = true;
            while (moved) {
                moved = false;
                double lowest = Double.NEGATIVE_INFINITY;
                for (Rectangle2D p : near) {
                    if (overlaps(b.getMinX(), y, b.getWidth(), b.getHeight(), p, gap)) {
                        lowest = Math.max(lowest, p.getMaxY());
                    }
                }
                if (lowest > Double.NEGATIVE_INFINITY) {
                    y = lowest + gap;
                    moved = true;
                }
            }
            Rectangle2D r = new Rectangle2D.Double(b.getMinX(), y, b.getWidth(), b.getHeight());
            placed[i] = r;
            index.add(r);
        }
        return List.of(placed);
    }

    /** Placed boxes bucketed by vertical strips of the plane, so a query sees only boxes that share a strip. */
    private static final class ColumnIndex {
        private final double left;
        private final double stripWidth;
        private final double gap;
        private final List<List<Rectangle2D>> strips = new ArrayList<>();

        ColumnIndex(List<? extends Rectangle2D> boxes, double gap) {
            double min = boxes.stream().mapToDouble(Rectangle2D::getMinX).min().orElse(0) - gap;
            double max = boxes.stream().mapToDouble(Rectangle2D::getMaxX).max().orElse(1) + gap;
            double widest = boxes.stream().mapToDouble(Rectangle2D::getWidth).max().orElse(1);
            int count = (int) Math.max(1, Math.min(4096, (max - min) / Math.max(widest / 2, 1e-9)));
            left = min;
            stripWidth = Math.max((max - min) / count, 1e-9);
            for (int i = 0; i <= count; i++) {
                strips.add(new ArrayList<>());
            }
            this.gap = gap;
        }

        List<Rectangle2D> placedNear(Rectangle2D b) {
            java.util.Set<Rectangle2D> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Rectangle2D> near = new ArrayList<>();
            for (int s = strip(b.getMinX() - gap); s <= strip(b.getMaxX() + gap); s++) {
                for (Rectangle2D p : strips.get(s)) {
                    if (seen.add(p)) {
                        near.add(p);
                    }
                }
            }
            return near;
        }

        void add(Rectangle2D r) {
            for (int s = strip(r.getMinX() - gap); s <= strip(r.getMaxX() + gap); s++) {
                strips.get(s).add(r);
            }
        }

        private int strip(double x) {
            return (int) Math.max(0, Math.min(strips.size() - 1, Math.floor((x - left) / stripWidth)));
        }
    }

    private static boolean overlaps(double x, double y, double w, double h, Rectangle2D p, double gap) {
        return x < p.getMaxX() + gap && p.getMinX() < x + w + gap && y < p.getMaxY() + gap && p.getMinY() < y + h + gap;
    }
}
