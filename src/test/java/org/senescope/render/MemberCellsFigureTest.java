package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.read.table.TableOptions;
import org.senescope.render.html.HtmlPageWriter;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;

/** Member cells of IL-12, the NKG2D ligands and CDKN2A, drawn from the real liver DESeq2 tables. */
class MemberCellsFigureTest {

    private static final Path DATA = Path.of("..", "shared", "data", "liver-deseq2");

    private static Overlay overlay(String... files) throws IOException {
        List<InputTable> tables = new ArrayList<>();
        for (String f : files) {
            tables.add(InputTableReader.read(DATA.resolve(f), TableOptions.defaults()));
        }
        return new OverlayMapper(SceneFixtures.network(), SenescenceImmunityNetwork.bundledGenes())
                .map(tables, OverlayOptions.defaults()).overlay();
    }

    private static SceneNode node(FigureScene scene, String id) {
        return scene.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneConditionDrawsAStripOfMembersUnderTheNode() throws IOException {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay("HS_DESeq2_genesymb.tsv"),
                SceneFixtures.options());
        double cell = scene.fontSize() * 1.3;
        assertCells(node(scene, "IL12"), 2 * cell, cell * 0.8);
        assertCells(node(scene, "NKG2D_ligands"), 8 * cell, cell * 0.8);
        assertCells(node(scene, "CDKN2A_p16INK4a"), cell, cell * 0.8);
        assertCells(node(scene, "CDKN2A_ARF"), cell, cell * 0.8);
        // A gene of its own keeps its fill and has no cells.
        assertTrue(node(scene, "TP53").stripe().isEmpty());
        assertTrue(scene.legendTexts().contains("one cell per measured member gene, in the node's gene order"));
        assertTrue(scene.legendTexts().contains("black corner: one measurement shared by several nodes"));
        write(scene, "members-fill");
    }

    @Test
    void twoConditionsDrawAGridOfMembersByConditions() throws IOException {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(),
                overlay("HS_DESeq2_genesymb.tsv", "SN_DESeq2_genesymb.tsv"),
                SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES));
        double cell = scene.fontSize() * 1.3;
        assertCells(node(scene, "IL12"), 2 * cell, 2 * cell * 0.8);
        assertCells(node(scene, "NKG2D_ligands"), 2 * cell, 8 * cell * 0.8);
        assertCells(node(scene, "TP53"), 2 * cell, cell * 0.8);
        write(scene, "members-stripes");
    }

    @Test
    void cellsOverlapNoLabelAndNoOtherNodeInAnyWidthDisplayOrLayout() throws IOException {
        Overlay two = overlay("HS_DESeq2_genesymb.tsv", "SN_DESeq2_genesymb.tsv");
        for (String width : List.of("double", "single")) {
            for (ConditionDisplay display : ConditionDisplay.values()) {
                for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                    FigureOptions o = SceneFixtures.options().withWidth(PhysicalLength.parse(width))
                            .withDisplay(display).withLayout(layout);
                    FigureScene scene = FigureScene.compose(SceneFixtures.network(), two, o);
                    String where = width + " " + display + " " + layout;
                    FigureGeometryTest.assertNoOverlap(scene.nodeBoxesInFigure(), where + " node footprints");
                    for (SceneNode n : scene.nodes()) {
                        for (SceneNode other : scene.nodes()) {
                            assertTrue(!n.hasStripe() || !n.stripe().intersects(other.labelBox()),
                                    where + ": cells of " + n.node().id() + " cover the label of " + other.node().id());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSvgNamesEveryMemberCell() throws Exception {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay("HS_DESeq2_genesymb.tsv"),
                SceneFixtures.options());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(scene, out);
        String svg = out.toString(StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(Path.of("target", "member-cells")).resolve("members.svg"), svg);
        Matcher m = Pattern.compile("<g [^>]*class='member-cell'[^>]*>").matcher(svg);
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(m.group());
        }
        // IL12 2, NKG2D ligands 8, p16INK4a 1, ARF 1
        assertEquals(12, cells.size(), String.join("\n", cells));
        assertTrue(cells.stream().anyMatch(c -> c.contains("data-node='IL12'") && c.contains("data-member='IL12B'")
                && c.contains("data-identifier='IL12B'")), String.join("\n", cells));
        assertTrue(cells.stream().anyMatch(c -> c.contains("data-node='CDKN2A_p16INK4a'")
                && c.contains("data-member='CDKN2A'") && c.contains("data-shared-with='CDKN2A_ARF'")),
                String.join("\n", cells));
    }

    @Test
    void thePageListsEveryMemberWithItsValuesAndTheSharedFlag() throws Exception {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay("HS_DESeq2_genesymb.tsv"),
                SceneFixtures.options());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPageWriter().write(scene, out);
        Matcher m = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL)
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find());
        Map<String, JsonNode> nodes = new HashMap<>();
        new ObjectMapper().readTree(m.group(1).replace("<\\/", "</")).get("nodes")
                .forEach(n -> nodes.put(n.get("data").get("id").asText(), n.get("data")));
        JsonNode il12 = nodes.get("IL12");
        assertEquals("[{\"symbol\":\"IL12A\",\"input\":\"IL12A\",\"values\":[{\"value\":0.436388006101315,"
                + "\"padj\":0.999690735919201}],\"sharedWith\":[]},{\"symbol\":\"IL12B\",\"input\":\"IL12B\","
                + "\"values\":[{\"value\":1.67827566160572,\"padj\":\"\"}],\"sharedWith\":[]}]",
                il12.get("members").toString());
        // A node shown member by member is not coloured by one member.
        assertEquals("#ffffff", il12.get("fill").asText().toLowerCase(java.util.Locale.ROOT));
        assertEquals("[\"CDKN2A_ARF\"]", nodes.get("CDKN2A_p16INK4a").get("members").get(0).get("sharedWith").toString());
        assertFalse(nodes.get("TP53").has("members"));
    }

    private static void assertCells(SceneNode n, double width, double height) {
        Rectangle2D cells = n.stripe();
        assertEquals(width, cells.getWidth(), 1e-9, n.node().id());
        assertEquals(height, cells.getHeight(), 1e-9, n.node().id());
        assertEquals(n.box().getCenterX(), cells.getCenterX(), 1e-9, n.node().id() + " cells centred under the node");
        assertTrue(cells.getMinY() > n.box().getMaxY(), n.node().id() + " cells below the node");
        assertTrue(n.footprint().contains(cells), n.node().id() + " cells inside the footprint");
    }

    /** Writes the figure where a person can look at it (target/member-cells), as the project asks of figure work. */
    private static void write(FigureScene scene, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "member-cells"));
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".png"))) {
            new PngFigureWriter().write(scene, out);
        }
    }
}
