package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.model.Module;
import org.senescope.model.cell.ModuleCellTypeScores;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;

/**
 * Module badges carrying strips of per-cell-type median scores ({@code sc-score --modules} with cell types): one
 * cell per type under each badge, in the types' order, coloured by the median on viridis (UCell, AUCell) or the
 * diverging scale centred on 0 (Seurat); strips attached to their badges, clear of other nodes, labels and edges.
 */
class ModuleTypeStripsFigureTest {

    private static final List<String> TYPES = List.of("B", "CD14 Mono", "CD4 T", "CD8 T", "FCGR3A Mono", "NK",
            "Platelet");

    /** Every module but senescence_program scored, module i's median in type t = ((i + t) mod 11) / 10, less 0.5. */
    private static ModuleCellTypeScores values(boolean seurat) {
        Map<String, double[]> medians = new HashMap<>();
        List<Module> modules = SceneFixtures.network().modules();
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals("senescence_program")) {
                continue;
            }
            double[] m = new double[TYPES.size()];
            for (int t = 0; t < m.length; t++) {
                m[t] = ((i + t) % 11) / 10.0 - (seurat ? 0.5 : 0);
            }
            medians.put(modules.get(i).id(), m);
        }
        return new ModuleCellTypeScores(seurat ? "Seurat" : "UCell", "cell_type", TYPES, seurat, medians);
    }

    private static FigureScene scene(boolean seurat, FigureOptions options) {
        return ModuleTypeStrips.figure(SceneFixtures.network(), values(seurat), options);
    }

    @Test
    void eachBadgeCarriesOneCellPerTypeShowingTheModulesMedian() {
        for (boolean seurat : List.of(false, true)) {
            FigureScene scene = scene(seurat, SceneFixtures.options());
            ModuleBadges badges = scene.badges().orElseThrow();
            ModuleTypeStrips strips = badges.strips().orElseThrow();
            ModuleCellTypeScores values = values(seurat);
            double font = scene.fontSize();
            int checked = 0;
            for (SceneNode n : scene.nodes()) {
                List<String> modules = badges.scoredModulesOf(n.node());
                List<Rectangle2D> boxes = badges.strips(n.node(), n.badges(), font);
                assertEquals(modules.size(), boxes.size(), n.node().id());
                assertEquals(!modules.isEmpty(), n.hasBadges(), n.node().id());
                for (int k = 0; k < modules.size(); k++) {
                    List<ModuleTypeStrips.Cell> cells = strips.cells(modules.get(k), boxes.get(k));
                    assertEquals(TYPES.size(), cells.size());
                    for (int t = 0; t < TYPES.size(); t++) {
                        assertEquals(values.median(modules.get(k), t), cells.get(t).median(), 0);
                        assertEquals(boxes.get(k).getMinX() + t * boxes.get(k).getWidth() / TYPES.size(),
                                cells.get(t).box().getMinX(), 1e-9, "cells left to right in the types' order");
                        checked++;
                    }
                }
            }
            assertTrue(checked > 7 * 20, "strips drawn: " + checked);
        }
        // cell_cycle_arrest is in p53_p21_arrest and p16_rb_arrest: two badges, each 7 cells of half a label wide.
        FigureScene scene = scene(false, SceneFixtures.options());
        SceneNode arrest = scene.nodes().stream().filter(n -> n.node().id().equals("cell_cycle_arrest")).findFirst()
                .orElseThrow();
        double font = scene.fontSize();
        assertEquals(2 * 3.5 * font + ModuleBadges.gap(font), arrest.badges().getWidth(), 1e-9);
        assertEquals(1.25 * font + 0.75 * font, arrest.badges().getHeight(), 1e-9);
    }

    @Test
    void uCellMediansAreViridisFromZeroToOneAndSeuratMediansDivergeAroundZero() {
        ModuleTypeStrips ucell = new ModuleTypeStrips(values(false));
        assertEquals(new Color(0x440154), ucell.colour(0));
        assertEquals(new Color(0x21918C), ucell.colour(0.5));
        assertEquals(new Color(0xFDE725), ucell.colour(1));
        ModuleTypeStrips seurat = new ModuleTypeStrips(values(true));
        assertEquals(0.5, seurat.diverging().limit(), 1e-12, "the largest |median| is 0.5");
        assertEquals(seurat.diverging().colour(0), seurat.colour(0));
        assertEquals(new DivergingScale(0.5).colour(-0.5), seurat.colour(-0.5));
        assertEquals(DivergingScale.MISSING, seurat.colour(Double.NaN));
    }

    @Test
    void stripsAreAttachedToTheirBadgesAndClearOfOtherNodesLabelsAndEdges() {
        for (String width : List.of("double", "single")) {
            for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                FigureScene scene = scene(false, SceneFixtures.options().withWidth(PhysicalLength.parse(width))
                        .withLayout(layout));
                String where = width + " " + layout;
                ModuleBadges badges = scene.badges().orElseThrow();
                double font = scene.fontSize();
                FigureGeometryTest.assertNoOverlap(scene.nodeBoxesInFigure(), where + " node footprints");
                List<String> clashes = new ArrayList<>();
                for (SceneNode n : scene.nodes()) {
                    double badgeX = n.badges().getMinX();
                    for (Rectangle2D s : badges.strips(n.node(), n.badges(), font)) {
                        assertTrue(n.badges().contains(s), where + ": " + n.node().id() + "'s strip outside its row");
                        assertEquals(n.badges().getMinY() + ModuleBadges.side(font), s.getMinY(), 1e-9,
                                "the strip touches the badge's bottom");
                        assertEquals(badgeX, s.getMinX(), 1e-9, "the strip is as wide as its badge");
                        assertEquals(n.badges().getMaxY(), s.getMaxY(), 1e-9);
                        badgeX += s.getWidth() + ModuleBadges.gap(font);
                        assertTrue(s.getMinY() >= n.box().getMaxY(), where + ": under its node");
                        for (SceneNode other : scene.nodes()) {
                            if (other != n && (s.intersects(other.box()) || s.intersects(other.labelBox()))) {
                                clashes.add(where + ": " + n.node().id() + " covers " + other.node().id());
                            }
                        }
                        for (DrawnEdge e : scene.edges()) {
                            if (e.head().intersects(s)) {
                                clashes.add(where + ": " + n.node().id() + " under the head of " + e.edge().id());
                            }
                            if (crosses(e, s)) {
                                clashes.add(where + ": " + n.node().id() + " under the line of " + e.edge().id());
                            }
                        }
                    }
                }
                assertTrue(clashes.isEmpty(), clashes.toString());
            }
        }
    }

    /** Whether a segment of the edge's line passes through the inside of {@code r} (shrunk by a hair). */
    private static boolean crosses(DrawnEdge e, Rectangle2D r) {
        Rectangle2D inner = new Rectangle2D.Double(r.getX() + 0.01, r.getY() + 0.01, r.getWidth() - 0.02,
                r.getHeight() - 0.02);
        PathIterator it = e.line().getPathIterator(null, 0.1);
        double[] c = new double[6];
        double x = 0;
        double y = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_LINETO && new Line2D.Double(x, y, c[0], c[1]).intersects(inner)) {
                return true;
            }
            x = c[0];
            y = c[1];
            it.next();
        }
        return false;
    }

    @Test
    void theLegendNamesModulesTypesAndScaleAndTheCaptionSaysWhatTheNumbersAre() {
        FigureScene scene = scene(false, SceneFixtures.options());
        List<String> texts = scene.legendTexts();
        int at = texts.indexOf("Cell types (cell_type), strip cells left to right");
        assertTrue(at >= 0, texts.toString());
        for (int t = 0; t < TYPES.size(); t++) {
            assertEquals((t + 1) + "  " + TYPES.get(t), texts.get(at + 1 + t));
        }
        int colour = texts.indexOf("Strip colour: median UCell score of the type's cells");
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"), texts.subList(colour + 1, colour + 6));
        assertTrue(texts.contains("Senescence program: not scored"), texts.toString());
        assertFalse(texts.stream().anyMatch(s -> s.startsWith("Module scores")), "no GSEA-style block");
        String caption = scene.captionOutsideFigure().orElseGet(() -> String.join(" ", scene.captionLines()));
        assertTrue(caption.contains("Strip under each badge: one cell per cell type of cell_type, left to right B, "
                + "CD14 Mono, CD4 T, CD8 T, FCGR3A Mono, NK, Platelet, filled by the median UCell score of the module "
                + "over the type's cells (as in cell-type-scores.tsv) on the colour-blind-safe viridis scale from 0 "
                + "to 1."), caption);
        FigureScene seurat = scene(true, SceneFixtures.options());
        assertTrue(seurat.legendTexts().contains("Strip colour: median Seurat score of the type's cells"));
        assertTrue(seurat.captionOutsideFigure().orElseGet(() -> String.join(" ", seurat.captionLines())).contains("centred at 0 (ends at \u22120.5 and +0.5)"));
    }

    @Test
    void mediansOfAModuleTheNetworkLacksAreRefused() {
        ModuleCellTypeScores stray = new ModuleCellTypeScores("UCell", "cell_type", TYPES, false,
                Map.of("no_such_module", new double[TYPES.size()]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModuleTypeStrips.figure(SceneFixtures.network(), stray, SceneFixtures.options()));
        assertEquals("the module scores name module no_such_module, which the network lacks", e.getMessage());
    }
}
