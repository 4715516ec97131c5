package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import org.senescope.render.recipe.Sha256;
import org.senescope.render.svg.SvgFigureWriter;

/** Module scores drawn as badges under member nodes and listed in the legend; figures without them unchanged. */
class ModuleScoreFigureTest {

    /** SASP chemokines up and significant, NKG2D recognition down, p53–p21 and p16–RB arrest up; others untested. */
    static ModuleScores scores() {
        return new ModuleScores("GSEA", "preranked GSEA (fgseaMultilevel algorithm)", "NES", "q", "gsea.tsv", List.of(
                new ModuleScore("sasp_chemokines", 1.5931, 3.7e-4, 0.0022, 3),
                new ModuleScore("p53_p21_arrest", 1.3314, 0.091, 0.27, 3),
                new ModuleScore("p16_rb_arrest", 1.0594, 0.415, 0.62, 2),
                new ModuleScore("nkg2d_recognition", -0.8581, 0.626, 0.66, 9)));
    }

    private final FigureScene scene = FigureScene.compose(SceneFixtures.network(), scores(),
            FigureOptions.defaults("Modules", ""));

    @Test
    void theLegendHasAModuleScoresBlockListingEveryModuleByNumber() {
        List<String> texts = scene.legendTexts();
        int at = texts.indexOf("Module scores (GSEA NES, q)");
        assertTrue(at >= 0, texts.toString());
        assertEquals(List.of("GSEA NES", "\u2264 \u22122", "0", "\u2265 +2",
                "Senescence program: not tested",
                "p53\u2013p21 arrest: NES 1.33, q 0.27",
                "p16\u2013RB arrest: NES 1.06, q 0.62",
                "SASP chemokines: NES 1.59, q 0.0022",
                "NK-activating cytokines: not tested",
                "NKG2D recognition: NES \u22120.86, q 0.66",
                "NK immunosurveillance: not tested",
                "Checkpoint evasion: not tested",
                "Therapy-induced senescence: not tested",
                "SASP pro-tumour effects: not tested",
                "q < 0.05"), texts.subList(at + 1, at + 16));
        assertTrue(String.join(" ", scene.captionLines()).contains("Numbered squares under a node: the modules it "
                + "belongs to (numbers as in the legend), filled by the module's GSEA NES from gsea.tsv"),
                scene.captionLines().toString());
    }

    @Test
    void membersOfScoredModulesCarryOneBadgePerScoredModule() {
        Map<String, SceneNode> nodes = scene.nodes().stream()
                .collect(Collectors.toMap(n -> n.node().id(), Function.identity()));
        double side = ModuleBadges.side(scene.fontSize());
        double gap = ModuleBadges.gap(scene.fontSize());
        assertEquals(side, nodes.get("CCL2").badges().getWidth(), 1e-9, "one module: sasp_chemokines");
        assertEquals(2 * side + gap, nodes.get("cell_cycle_arrest").badges().getWidth(), 1e-9,
                "p53_p21_arrest and p16_rb_arrest");
        assertEquals(side, nodes.get("dna_damage_response").badges().getWidth(), 1e-9,
                "senescence_program is untested, p53_p21_arrest is scored");
        assertFalse(nodes.get("oncogenic_signalling").hasBadges(), "senescence_program only, untested");
        SceneNode tp53 = nodes.get("TP53");
        assertTrue(tp53.badges().getMinY() >= tp53.box().getMaxY(), "badges sit under the node");
        assertEquals(tp53.box().getCenterX(), tp53.badges().getCenterX(), 1e-9);
    }

    @Test
    void badgesOverlapNoOtherNodeAtEitherColumnWidth() {
        badgesOverlapNoOtherNode(scene);
        badgesOverlapNoOtherNode(FigureScene.compose(SceneFixtures.network(), scores(),
                FigureOptions.defaults("Modules", "").withWidth(PhysicalLength.SINGLE_COLUMN)));
    }

    private static void badgesOverlapNoOtherNode(FigureScene scene) {
        List<SceneNode> nodes = scene.nodes();
        for (SceneNode n : nodes) {
            if (!n.hasBadges()) {
                continue;
            }
            for (SceneNode other : nodes) {
                if (other != n) {
                    assertFalse(n.badges().intersects(other.box()) || n.badges().intersects(other.labelBox()),
                            n.node().id() + "'s badges overlap " + other.node().id());
                }
            }
        }
        List<Rectangle2D> footprints = new ArrayList<>(scene.nodeBoxesInFigure());
        FigureGeometryTest.assertNoOverlap(footprints, "node footprints with badges");
    }

    @Test
    void scoresOfAModuleTheNetworkLacksAreRefused() {
        ModuleScores foreign = new ModuleScores("GSEA", "GSEA", "NES", "q", "x.tsv",
                List.of(new ModuleScore("HALLMARK_P53_PATHWAY", 1, 0.1, 0.2, 100)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureScene.compose(SceneFixtures.network(), foreign, FigureOptions.defaults("", "")));
        assertEquals("the module scores name module HALLMARK_P53_PATHWAY, which the network lacks", e.getMessage());
    }

    @Test
    void theSvgShowsTheScoresAsTextAndModulesWithOverlayToo() throws IOException {
        String svg = svg(scene);
        assertTrue(svg.contains("Module scores (GSEA NES, q)"), "legend title as text");
        assertTrue(svg.contains("SASP chemokines: NES 1.59, q 0.0022"));
        FigureScene both = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(), scores(),
                SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES));
        assertTrue(both.legendTexts().containsAll(List.of("Colour", "Module scores (GSEA NES, q)")),
                both.legendTexts().toString());
        SceneNode tp53 = both.nodes().stream().filter(n -> n.node().id().equals("TP53")).findFirst().orElseThrow();
        assertTrue(tp53.badges().getMinY() >= tp53.stripe().getMaxY(), "badges go under the heat stripe");
    }

    /**
     * The default figure (what {@code senescope figure --out DIR} draws) is byte for byte what it was before module
     * scores existed, once drawn without its element groups (which the SVG gained later, on purpose); with them it is
     * pinned too. After a deliberate change to the figure or the curation, update the checksums from {@code sha256sum}
     * of a fresh {@code senescope figure --format svg} output.
     */
    @Test
    void theDefaultFigureWithoutModuleScoresIsUnchanged() throws IOException {
        FigureScene plain = FigureScene.compose(SceneFixtures.network(),
                FigureOptions.defaults("Senescence\u2013immunity network", ""));
        Drawing drawing = Drawing.of(plain);
        // Only the one-argument draw: the default two-argument one draws the same without groups.
        Drawing ungrouped = new Drawing() {
            @Override
            public double width() {
                return drawing.width();
            }

            @Override
            public double height() {
                return drawing.height();
            }

            @Override
            public String title() {
                return drawing.title();
            }

            @Override
            public void draw(Graphics2D g) {
                drawing.draw(g);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(ungrouped, plain.options().dpi(), out);
        assertEquals("49280bf695fffe523afacfda65f401a0f95da144d702bb20d8ee5592dea7f801", Sha256.of(out.toByteArray()));
        assertEquals("b2a6ee234bf43a4d57fa057170d4fd3c872448364948220630ea8113c3dfcb64", Sha256.of(svg(plain).getBytes(StandardCharsets.UTF_8)));
        assertTrue(plain.moduleScores().isEmpty());
        assertTrue(plain.nodes().stream().noneMatch(SceneNode::hasBadges));
        assertFalse(plain.legendTexts().stream().anyMatch(t -> t.startsWith("Module scores")));
    }

    private static String svg(FigureScene scene) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(scene, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
