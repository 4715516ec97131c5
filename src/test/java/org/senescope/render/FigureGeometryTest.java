package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.Network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The composed figure: nothing overlaps, labels sit in their nodes, and the curated layout reads biologically. */
class FigureGeometryTest {

    private final Network network = SceneFixtures.network();

    @Test
    void noNodeOrLabelBoxesOverlapInAnyWidthDisplayOrLayout() {
        for (String width : List.of("double", "single")) {
            for (ConditionDisplay display : ConditionDisplay.values()) {
                for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                    FigureOptions o = SceneFixtures.options().withWidth(PhysicalLength.parse(width))
                            .withDisplay(display).withLayout(layout);
                    FigureScene scene = FigureScene.compose(network, SceneFixtures.overlay(), o);
                    String where = width + " " + display + " " + layout;
                    assertNoOverlap(scene.nodeBoxesInFigure(), where + " node boxes");
                    assertNoOverlap(scene.labelBoxesInFigure(), where + " label boxes");
                }
            }
        }
    }

    @Test
    void everyLabelSitsInsideItsNodeAndEveryNodeInsideItsPanel() {
        FigureScene scene = FigureScene.compose(network, SceneFixtures.options());
        Rectangle2D panel = scene.panels().get(0).area();
        for (SceneNode n : scene.nodes()) {
            Rectangle2D box = n.box();
            assertTrue(box.contains(n.labelBox()), n.node().id() + ": label " + n.labelBox() + " outside " + box);
            assertTrue(box.getMinX() >= -1e-9 && box.getMaxX() <= panel.getWidth() + 1e-9,
                    n.node().id() + " leaves the panel: " + box);
        }
        Rectangle2D legend = scene.legendArea();
        assertTrue(legend.getMinY() > panel.getMaxY(), "the legend starts below the network");
        assertTrue(scene.captionArea().getMinY() > legend.getMaxY(), "the caption comes after the legend");
        assertEquals(PhysicalLength.DOUBLE_COLUMN.points(), scene.width(), 1e-9);
    }

    @Test
    void curatedLayoutPutsArrestLeftSaspMiddleImmunityRightAndOutcomesBelow() {
        FigureScene scene = FigureScene.compose(network, SceneFixtures.options());
        Map<String, SceneNode> at = scene.nodes().stream()
                .collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
        double arrest = maxX(at, "TP53", "CDKN1A", "CDKN2A_p16INK4a", "RB1", "CDKN2A_ARF");
        double saspLeft = minX(at, "CCL2", "CCL3", "CCL4", "CCL5", "CXCL1", "CXCL2", "IL12", "IL15", "IL18");
        double saspRight = maxX(at, "CCL2", "CCL3", "CCL4", "CCL5", "CXCL1", "CXCL2", "IL12", "IL15", "IL18");
        double immune = minX(at, "nk_cell", "KLRK1", "PDCD1", "PDCD1LG2", "CD274", "t_cell");
        assertTrue(arrest < saspLeft, "arrest axes left of the SASP factors");
        assertTrue(saspRight < immune, "SASP factors left of immune cells and receptors");
        double outcomesTop = List.of("tumour_progression", "metastasis", "therapy_resistance", "tumour_relapse")
                .stream().mapToDouble(id -> at.get(id).centreY()).min().orElseThrow();
        double mechanismsBottom = List.of("TP53", "CDKN1A", "CCL2", "nk_cell", "KLRK1").stream()
                .mapToDouble(id -> at.get(id).centreY()).max().orElseThrow();
        assertTrue(outcomesTop > mechanismsBottom, "outcomes below the mechanisms");
    }

    @Test
    void stripesRefuseMoreThanEightConditions() {
        var many = new org.senescope.model.data.Overlay("t", "v", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
                List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureScene.compose(network,
                many, SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES)));
        assertEquals("9 conditions do not fit a heat stripe (at most 8); use panels", e.getMessage());
    }

    @Test
    void anOverlayNodeTheNetworkLacksIsRefused() {
        var stray = new org.senescope.model.data.Overlay("t", "v", List.of("a"), List.of(
                new org.senescope.model.data.NodeOverlay("NOT_A_NODE",
                        List.of(new org.senescope.model.data.Measurement(1, 0.1)), "x", "y")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureScene.compose(network, stray, SceneFixtures.options()));
        assertEquals("the overlay names node NOT_A_NODE, which the network lacks", e.getMessage());
    }

    private static double maxX(Map<String, SceneNode> at, String... ids) {
        return List.of(ids).stream().mapToDouble(id -> at.get(id).box().getMaxX()).max().orElseThrow();
    }

    private static double minX(Map<String, SceneNode> at, String... ids) {
        return List.of(ids).stream().mapToDouble(id -> at.get(id).box().getMinX()).min().orElseThrow();
    }

    static void assertNoOverlap(List<Rectangle2D> boxes, String what) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rectangle2D a = boxes.get(i);
                Rectangle2D b = boxes.get(j);
                if (a.intersects(b)) {
                    fail(what + ": box " + i + " " + a + " overlaps box " + j + " " + b);
                }
            }
        }
    }
}
