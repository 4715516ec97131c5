package org.senescope.render.layout;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapRemovalTest {

    @Test
    void movesOnlyOverlappingBoxesAndOnlyDownwards() {
        List<Rectangle2D> boxes = List.of(new Rectangle2D.Double(0, 0, 10, 10),
                new Rectangle2D.Double(5, 5, 10, 10), new Rectangle2D.Double(30, 0, 10, 10));
        List<Rectangle2D> placed = OverlapRemoval.pushDown(boxes, 1);
        assertEquals(new Rectangle2D.Double(0, 0, 10, 10), placed.get(0));
        assertEquals(new Rectangle2D.Double(5, 11, 10, 10), placed.get(1), "just below the first, one gap away");
        assertEquals(new Rectangle2D.Double(30, 0, 10, 10), placed.get(2), "untouched");
    }

    @Test
    void aStackOfIdenticalBoxesBecomesAColumn() {
        List<Rectangle2D> same = List.of(new Rectangle2D.Double(0, 0, 4, 2), new Rectangle2D.Double(0, 0, 4, 2),
                new Rectangle2D.Double(0, 0, 4, 2));
        List<Rectangle2D> placed = OverlapRemoval.pushDown(same, 0.5);
        assertEquals(0, placed.get(0).getY());
        assertEquals(2.5, placed.get(1).getY());
        assertEquals(5, placed.get(2).getY());
    }
}
