package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.senescope.model.Network;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The column presets on the bundled network: page width and height, panel grid, text sizes, short labels. */
class JournalPresetTest {

    private static final double MM = 72 / 25.4;
    private final Network network = SceneFixtures.network();

    private FigureScene scene(String width, ConditionDisplay display, LayoutChoice layout) {
        FigureOptions o = SceneFixtures.options().withWidth(PhysicalLength.parse(width)).withDisplay(display)
                .withLayout(layout);
        return FigureScene.compose(network, SceneFixtures.overlay(), o);
    }

    @Test
    void everyPresetIsExactlyItsColumnWide() {
        for (String width : List.of("single", "double")) {
            for (ConditionDisplay display : ConditionDisplay.values()) {
                for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                    FigureScene s = scene(width, display, layout);
                    assertEquals(width.equals("single") ? 85 : 180, s.width() / MM, 1e-9, width + " " + display);
                    assertEquals(s.height() <= 230 * MM + 1e-6, s.fitsPage(), width + " " + display + " " + layout);
                }
            }
        }
    }

    @Test
    void doubleColumnFillAndStripesFitAPageInEitherLayout() {
        for (ConditionDisplay display : List.of(ConditionDisplay.FILL, ConditionDisplay.STRIPES)) {
            for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                FigureScene s = scene("double", display, layout);
                assertTrue(s.height() <= 230 * MM + 1e-6, display + " " + layout + ": " + s.height() / MM + " mm");
                assertTrue(s.fitsPage());
            }
        }
        FigureScene preset = scene("double", ConditionDisplay.FILL, LayoutChoice.PRESET);
        assertTrue(preset.captionOutsideFigure().isEmpty(), "the caption fits inside the curated double figure");
        // A caption that would take the figure past the page goes outside it, whole; one that fits stays inside.
        int outside = 0;
        for (String width : List.of("single", "double")) {
            for (ConditionDisplay display : List.of(ConditionDisplay.FILL, ConditionDisplay.STRIPES)) {
                for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                    FigureScene s = scene(width, display, layout);
                    String name = width + " " + display + " " + layout;
                    if (s.captionLines().isEmpty()) {
                        assertTrue(s.captionOutsideFigure().orElseThrow().startsWith("Test data. Network: "), name);
                        outside++;
                    } else {
                        assertTrue(s.captionOutsideFigure().isEmpty(), name);
                    }
                }
            }
        }
        assertTrue(outside > 0, "no figure here leaves its caption out, so that path goes untested");
    }

    /**
     * Every preset, display and layout fits the page, but single-column panels (3 conditions, three networks stacked
     * in 85 mm, each about 97 mm high at the minimum text size), which the figure job refuses ({@link
     * FigureScene#refusal()}) saying how many panels fit and what to use instead; nothing else is refused.
     */
    @Test
    void everyFigureFitsThePageButSingleColumnPanelsWhichAreRefused() {
        for (String width : List.of("single", "double")) {
            for (ConditionDisplay display : ConditionDisplay.values()) {
                for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                    FigureScene s = scene(width, display, layout);
                    String name = width + " " + display + " " + (layout.automatic() ? "auto" : "preset");
                    assertTrue(s.fontSize() >= FigureComposer.MIN_TEXT, name);
                    if (width.equals("single") && display == ConditionDisplay.PANELS) {
                        assertTrue(s.refusal().orElseThrow().matches("the figure is 3\\d\\d mm high, more than a "
                                + "journal page \\(230 mm\\) at 85 mm wide with 3 panels, one per condition, where 1 "
                                + "panel fits; nothing written \\(use --display stripes or --width double\\)"),
                                s.refusal().orElseThrow());
                        continue;
                    }
                    assertTrue(s.height() <= 230 * MM + 1e-6, name + ": " + s.height() / MM + " mm");
                    assertTrue(s.pageOverflow().isEmpty() && s.refusal().isEmpty(), name);
                }
            }
        }
        FigureOptions poster = SceneFixtures.options().withWidth(PhysicalLength.parse("500mm"));
        FigureScene wide = FigureScene.compose(network, SceneFixtures.overlay(), poster);
        assertTrue(wide.height() > 230 * MM && wide.pageOverflow().isEmpty(), "a poster is not fitted to a page");
    }

    /** The count of panels a refusal says fit is exact: one condition's panel fits a single column, two do not. */
    @Test
    void singleColumnPanelsFitForOneConditionAndAreRefusedForTwo() {
        FigureOptions single = SceneFixtures.options().withWidth(PhysicalLength.parse("single"))
                .withDisplay(ConditionDisplay.PANELS);
        FigureScene one = FigureScene.compose(network, firstConditions(1), single);
        assertTrue(one.height() <= 230 * MM && one.refusal().isEmpty(), one.height() / MM + " mm");
        FigureScene two = FigureScene.compose(network, firstConditions(2), single);
        assertTrue(two.refusal().orElseThrow().endsWith(" with 2 panels, one per condition, where 1 panel fits; "
                + "nothing written (use --display stripes or --width double)"), two.refusal().orElseThrow());
        FigureScene twoDouble = FigureScene.compose(network, firstConditions(2), single.withWidth(PhysicalLength
                .parse("double")));
        assertTrue(twoDouble.height() <= 230 * MM && twoDouble.refusal().isEmpty(), "double column, 2 panels");
    }

    private static Overlay firstConditions(int count) {
        Overlay all = SceneFixtures.overlay();
        return new Overlay(all.title(), all.valueLabel(), all.conditions().subList(0, count), all.nodes().stream()
                .map(n -> new NodeOverlay(n.nodeId(), n.measurements().subList(0, count), n.inputIdentifier(),
                        n.mappingRoute())).toList());
    }

    /**
     * The single column is arranged in column bands ({@link ColumnBands}), not the curated layout squeezed, and keeps
     * its reading: cell-cycle arrest left of the immune cells and receptors, and in each band the outcomes below the
     * mechanisms above them; no node leaves the drawing.
     */
    @Test
    void singleColumnKeepsTheCuratedReadingOrder() {
        List<String> arrest = List.of("TP53", "CDKN1A", "CDKN2A_p16INK4a", "RB1", "CDKN2A_ARF");
        List<String> immune = List.of("nk_cell", "KLRK1", "PDCD1", "PDCD1LG2", "CD274", "t_cell");
        List<String> outcomes = List.of("tumour_progression", "metastasis", "therapy_resistance", "tumour_relapse");
        List<String> mechanisms = List.of("TP53", "CDKN1A", "CCL2", "nk_cell", "KLRK1");
        for (ConditionDisplay display : List.of(ConditionDisplay.FILL, ConditionDisplay.STRIPES)) {
            FigureScene single = scene("single", display, LayoutChoice.PRESET);
            Map<String, SceneNode> at = single.nodes().stream()
                    .collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
            double arrestRight = arrest.stream().mapToDouble(id -> at.get(id).box().getCenterX()).max().orElseThrow();
            double immuneLeft = immune.stream().mapToDouble(id -> at.get(id).box().getCenterX()).min().orElseThrow();
            assertTrue(arrestRight < immuneLeft, display + ": arrest " + arrestRight + ", immunity " + immuneLeft);
            int below = 0;
            for (String o : outcomes) {
                Rectangle2D outcome = at.get(o).box();
                for (String m : mechanisms) {
                    Rectangle2D mechanism = at.get(m).box();
                    if (mechanism.getMaxX() > outcome.getMinX() && mechanism.getMinX() < outcome.getMaxX()) {
                        assertTrue(mechanism.getMaxY() < outcome.getMinY(), display + ": " + o + " below " + m);
                        below++;
                    }
                }
            }
            assertTrue(below >= 3, display + ": outcomes share a band with mechanisms " + below + " times");
            Rectangle2D panel = single.panels().get(0).area();
            for (SceneNode n : single.nodes()) {
                assertTrue(n.box().getMinX() >= -1e-9 && n.box().getMaxX() <= panel.getWidth() + 1e-9,
                        display + ": " + n.node().id() + " leaves the panel: " + n.box());
            }
            assertTrue(panel.getHeight() < 160 * MM, display + ": the network is " + panel.getHeight() / MM + " mm");
        }
    }

    @Test
    void panelGridHasNoEmptyCellButOneHoldingTheLegend() {
        for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
            FigureScene s = scene("double", ConditionDisplay.PANELS, layout);
            TreeSet<Long> xs = new TreeSet<>();
            TreeSet<Long> ys = new TreeSet<>();
            s.panels().forEach(p -> {
                xs.add(Math.round(p.area().getX()));
                ys.add(Math.round(p.area().getY()));
            });
            int empty = xs.size() * ys.size() - s.panels().size();
            Rectangle2D first = s.panels().get(0).area();
            for (long x : xs) {
                for (long y : ys) {
                    boolean taken = s.panels().stream().anyMatch(p -> Math.round(p.area().getX()) == x
                            && Math.round(p.area().getY()) == y);
                    if (!taken) {
                        Rectangle2D cell = new Rectangle2D.Double(x, y, first.getWidth(), first.getHeight());
                        assertTrue(s.legendArea().intersects(cell), layout + ": empty cell at " + x + "," + y);
                    }
                }
            }
            assertTrue(empty == 0 || s.legendArea().getMinY() < s.panels().get(s.panels().size() - 1).area()
                    .getMaxY(), layout + ": the legend sits in the grid");
        }
    }

    @Test
    void singleColumnTextIsNeverSmallerThanDoubleColumnTextNorTheMinimum() {
        for (ConditionDisplay display : List.of(ConditionDisplay.FILL, ConditionDisplay.STRIPES)) {
            FigureScene single = scene("single", display, LayoutChoice.PRESET);
            FigureScene full = scene("double", display, LayoutChoice.PRESET);
            assertTrue(single.fontSize() >= full.fontSize(), display + ": " + single.fontSize());
            assertTrue(single.fontSize() >= FigureComposer.MIN_TEXT);
        }
        assertTrue(scene("double", ConditionDisplay.PANELS, LayoutChoice.PRESET).fontSize() >= FigureComposer.MIN_TEXT);
    }

    @Test
    void singleColumnShowsShortLabelsAndSpellsOutAbbreviationsInTheLegend() {
        FigureScene single = scene("single", ConditionDisplay.FILL, LayoutChoice.PRESET);
        Map<String, SceneNode> at = single.nodes().stream()
                .collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
        assertEquals(List.of("p53"), at.get("TP53").labelLines());
        assertEquals(List.of("PD-L1"), at.get("CD274").labelLines());
        for (SceneNode n : single.nodes()) {
            assertTrue(n.labelLines().size() <= NodeLabels.MAX_LINES, n.node().id() + ": " + n.labelLines());
        }
        assertEquals("EMT", NodeLabels.initials("Epithelial-to-mesenchymal transition"));
        NodeLabels narrow = NodeLabels.of(network, true, 6, 40);
        assertEquals("ICSTC", narrow.shown().get("senescent_cell_clearance"));
        assertTrue(narrow.abbreviations().contains("ICSTC: Immune clearance of senescent tumour cells"),
                narrow.abbreviations().toString());
        FigureScene full = scene("double", ConditionDisplay.FILL, LayoutChoice.PRESET);
        assertFalse(full.legendTexts().contains("Abbreviations"));
        assertEquals(List.of("p53 (TP53)"), full.nodes().stream().filter(n -> n.node().id().equals("TP53"))
                .findFirst().orElseThrow().labelLines());
    }
}
