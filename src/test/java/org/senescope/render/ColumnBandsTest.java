package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column bands: the cuts that make the highest band lowest, and the layout's order kept across and within bands. */
class ColumnBandsTest {

    @Test
    void cutsMakeTheHighestRunAsLowAsItCanBe() {
        double[] items = {1, 1, 1, 1, 4};
        double[][] height = new double[6][6];
        for (int j = 0; j < 5; j++) {
            for (int i = j + 1; i <= 5; i++) {
                for (int k = j; k < i; k++) {
                    height[j][i] += items[k];
                }
            }
        }
        assertArrayEquals(new int[] {0, 4}, ColumnBands.balancedCuts(height, 2));
        assertArrayEquals(new int[] {0, 2, 4}, ColumnBands.balancedCuts(height, 3));
    }

    @Test
    void bandsKeepTheLayoutsLeftToRightAndTopToBottomOrder() {
        // Six wide nodes in three layout columns, given in no particular order; three bands of 100 points.
        double[] xs = {2, 0, 1, 0, 2, 1};
        double[] ys = {0, 5, 3, 1, 9, 0};
        List<Rectangle2D> sizes = List.of(box(80, 10), box(80, 20), box(80, 10), box(80, 10), box(80, 10),
                box(80, 10));
        List<Rectangle2D> placed = ColumnBands.arrange(xs, ys, sizes, new int[0][], 3, 0, 300, 5);
        // Band 0: nodes 3 (y 1) above 1 (y 5); band 1: 5 above 2; band 2: 0 above 4.
        assertEquals(List.of(210.0, 10.0, 110.0, 10.0, 210.0, 110.0),
                placed.stream().map(Rectangle2D::getX).toList());
        assertEquals(List.of(0.0, 15.0, 15.0, 0.0, 15.0, 0.0), placed.stream().map(Rectangle2D::getY).toList());
        for (int i = 0; i < 6; i++) {
            assertEquals(sizes.get(i).getWidth(), placed.get(i).getWidth());
            assertEquals(sizes.get(i).getHeight(), placed.get(i).getHeight());
        }
    }

    @Test
    void narrowNeighboursShareARowAndAWideNodeStaysInsideTheDrawing() {
        double[] xs = {0, 0, 0, 1};
        double[] ys = {0, 1, 2, 0};
        List<Rectangle2D> sizes = List.of(box(20, 10), box(20, 10), box(20, 10), box(90, 30));
        List<Rectangle2D> placed = ColumnBands.arrange(xs, ys, sizes, new int[0][], 2, 0, 100, 4);
        assertEquals(placed.get(0).getY(), placed.get(1).getY(), "two narrow nodes side by side");
        assertTrue(placed.get(0).getMaxX() + 4 <= placed.get(1).getMinX() + 1e-9);
        assertTrue(placed.get(2).getMinY() >= placed.get(1).getMaxY() + 4, "the third below them");
        assertEquals(10, placed.get(3).getX(), 1e-9, "the wide node overhangs inwards only");
    }

    @Test
    void aNodeMovesTowardsItsLinksOnlyPastNodesCloseInTheLayout() {
        // One band; node 0 (layout y 0) is linked to node 3 (y 10), far below. The reordering span is 0.2 of the
        // layout's height (2): node 0 passes nodes 1 (y 1) and 2 (y 2), but not node 3, which stays lowest.
        double[] xs = {0, 0, 0, 0};
        double[] ys = {0, 1, 2, 10};
        List<Rectangle2D> sizes = List.of(box(80, 10), box(80, 10), box(80, 10), box(80, 10));
        List<Rectangle2D> placed = ColumnBands.arrange(xs, ys, sizes, new int[][] {{0, 3}}, 1, 0, 100, 5);
        assertEquals(List.of(30.0, 0.0, 15.0, 45.0), placed.stream().map(Rectangle2D::getY).toList());
        // Without the link, the layout's order.
        List<Rectangle2D> unlinked = ColumnBands.arrange(xs, ys, sizes, new int[0][], 1, 0, 100, 5);
        assertEquals(List.of(0.0, 15.0, 30.0, 45.0), unlinked.stream().map(Rectangle2D::getY).toList());
    }

    private static Rectangle2D box(double w, double h) {
        return new Rectangle2D.Double(0, 0, w, h);
    }
}
