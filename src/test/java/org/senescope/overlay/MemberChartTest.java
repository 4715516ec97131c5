package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.MemberChart;
import org.senescope.export.OverlayLayer;
import org.senescope.export.TestDocuments;
import org.senescope.export.files.NetworkFiles;
import org.senescope.export.files.OutputFile;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.read.table.TableOptions;
import org.senescope.render.DivergingScale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The per-member values of multi-member nodes in every Cytoscape format, on the real human DESeq2 table: the list
 * columns, the bar chart string as Cytoscape 3.10 parses it (colours equal to the figure's), and the style's passthrough and position. Expected
 * values were read from the file with awk (the lines are in {@code OverlayMembersTest}).
 */
class MemberChartTest {

    private static final Path HS = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final List<String> LIGANDS = List.of("MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G",
            "RAET1L");
    // awk -F'\t' on the symbols above, column log2FoldChange, in that order
    private static final List<Double> LIGAND_VALUES = List.of(-0.3995704206134, 0.119694015925079, 0.0182729117842998,
            0.0867522972360872, 0.413580174549444, -0.809275029856734, 1.14886498146605, -0.246838151004302);
    private static final String CY = "http://www.cytoscape.org";

    private static OverlayLayer layer;

    @BeforeAll
    static void map() throws IOException {
        MappedOverlay result = OverlayFixtures.mapper().map(
                List.of(InputTableReader.read(HS, TableOptions.defaults())), OverlayOptions.defaults());
        layer = OverlayLayer.of(result);
    }

    private static List<OutputFile> files(NetworkFormat format) {
        return NetworkFiles.of(format, "x", layer);
    }

    @Test
    void theChartIsCytoscapesBarChartWithOneCellPerMemberInTheFiguresColours() throws IOException {
        double figureRange = FigureOptions.defaults("", "").colourLimit();
        assertEquals(2.0, figureRange);
        assertEquals(figureRange, layer.colourRange(), "the overlay's default range is the figure's");
        JsonNode settings = settings(chartOf("NKG2D_ligands"));
        assertEquals(List.of("cy_type", "cy_values", "cy_colors", "cy_range", "cy_globalRange", "cy_orientation",
                "cy_separation", "cy_showDomainAxis", "cy_showRangeAxis", "cy_borderColor", "cy_borderWidth"),
                names(settings));
        assertEquals("GROUPED", settings.get("cy_type").asText());
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), numbers(settings.get("cy_values")));
        // Each cell is the figure's colour of its member's value: the figure's nine-colour scale, not three.
        DivergingScale figure = new DivergingScale(figureRange);
        assertEquals(LIGAND_VALUES.stream().map(v -> hex(figure.colour(v))).toList(),
                texts(settings.get("cy_colors")));
        // awk's values on Tol's BuRd: RAET1E -0.809 between #92C5DE and #D1E5F0, RAET1G 1.149 between #F4A582 and #D6604D
        assertEquals("#AAD1E5", texts(settings.get("cy_colors")).get(5));
        assertEquals("#EB9072", texts(settings.get("cy_colors")).get(6));
        assertEquals(List.of(0.0, 1.0), numbers(settings.get("cy_range")));
        assertTrue(settings.get("cy_globalRange").booleanValue());
        assertEquals("VERTICAL", settings.get("cy_orientation").asText());
        assertEquals(0.0, settings.get("cy_separation").doubleValue());
        assertFalse(settings.get("cy_showRangeAxis").booleanValue());
        assertEquals("#333333", settings.get("cy_borderColor").asText());
        assertEquals(0.5, settings.get("cy_borderWidth").doubleValue());
        assertEquals(List.of(hex(figure.colour(0.436388006101315)), hex(figure.colour(1.67827566160572))),
                texts(settings(chartOf("IL12")).get("cy_colors")));
        // docs/overlay.md quotes this string
        assertEquals("org.cytoscape.BarChart:{\"cy_type\":\"GROUPED\",\"cy_values\":[1.0,1.0],\"cy_colors\":"
                + "[\"#FCDFCD\",\"#C94641\"],\"cy_range\":[0.0,1.0],\"cy_globalRange\":true,\"cy_orientation\":"
                + "\"VERTICAL\",\"cy_separation\":0.0,\"cy_showDomainAxis\":false,\"cy_showRangeAxis\":false,"
                + "\"cy_borderColor\":\"#333333\",\"cy_borderWidth\":0.5}", chartOf("IL12"));
    }

    @Test
    void theOneSharedCdkn2aRowIsChartedOnBothProductsOutlinedInBlack() throws IOException {
        for (String product : List.of("CDKN2A_p16INK4a", "CDKN2A_ARF")) {
            JsonNode settings = settings(chartOf(product));
            assertEquals(List.of(1.0), numbers(settings.get("cy_values")), product);
            assertEquals(List.of(hex(new DivergingScale(2.0).colour(0.70138658498031))),
                    texts(settings.get("cy_colors")), product);
            assertEquals(MemberChart.SHARED_OUTLINE, settings.get("cy_borderColor").asText(), product);
            assertEquals(2.0, settings.get("cy_borderWidth").doubleValue(), product);
        }
    }

    private static String chartOf(String nodeId) {
        List<MemberOverlay> charted = MemberChart.charted(
                layer.overlay().node(nodeId).orElseThrow(), layer.shownCondition());
        assertTrue(MemberChart.isCharted(charted), nodeId);
        String chart = MemberChart.chart(charted, layer.shownCondition(), layer.colourRange());
        assertTrue(chart.startsWith(MemberChart.BAR_CHART + ":"), chart);
        return chart;
    }

    private static JsonNode settings(String chart) throws IOException {
        return new ObjectMapper().readTree(chart.substring(MemberChart.BAR_CHART.length() + 1));
    }

    @Test
    void cx2CarriesTheMemberListsTheChartAndItsMapping() throws IOException {
        JsonNode cx = new ObjectMapper().readTree(TestDocuments.bytes(files(NetworkFormat.CX2).get(0).writer(),
                OverlayFixtures.NETWORK));
        Map<String, JsonNode> nodes = new HashMap<>();
        JsonNode declarations = null;
        JsonNode style = null;
        for (JsonNode aspect : cx) {
            if (aspect.has("nodes")) {
                aspect.get("nodes").forEach(n -> nodes.put(n.get("v").get("senescope_id").asText(), n.get("v")));
            } else if (aspect.has("attributeDeclarations")) {
                declarations = aspect.get("attributeDeclarations").get(0).get("nodes");
            } else if (aspect.has("visualProperties")) {
                style = aspect.get("visualProperties").get(0);
            }
        }
        assertEquals("list_of_double", declarations.get("overlay_member_values").get("d").asText());
        assertEquals("list_of_string", declarations.get("overlay_member_symbols").get("d").asText());
        assertEquals("string", declarations.get("overlay_member_chart").get("d").asText());
        JsonNode il12 = nodes.get("IL12");
        assertEquals(List.of("IL12A", "IL12B"), texts(il12.get("overlay_member_symbols")));
        assertEquals(List.of(0.436388006101315, 1.67827566160572), numbers(il12.get("overlay_member_values")));
        assertEquals(chartOf("IL12"), il12.get("overlay_member_chart").asText());
        JsonNode ligands = nodes.get("NKG2D_ligands");
        assertEquals(LIGANDS, texts(ligands.get("overlay_member_symbols")));
        assertEquals(LIGAND_VALUES, numbers(ligands.get("overlay_member_values")));
        assertEquals(chartOf("NKG2D_ligands"), ligands.get("overlay_member_chart").asText());
        for (String product : List.of("CDKN2A_p16INK4a", "CDKN2A_ARF")) {
            JsonNode p = nodes.get(product);
            assertEquals(List.of("CDKN2A"), texts(p.get("overlay_member_symbols")), product);
            assertEquals(List.of(0.70138658498031), numbers(p.get("overlay_member_values")), product);
            assertEquals(chartOf(product), p.get("overlay_member_chart").asText(), "one shared member: " + product);
        }
        JsonNode tp53 = nodes.get("TP53");
        assertEquals(0, tp53.get("overlay_member_values").size());
        assertEquals("", tp53.get("overlay_member_chart").asText());

        JsonNode mapping = style.get("nodeMapping").get("NODE_CUSTOMGRAPHICS_1");
        assertEquals("PASSTHROUGH", mapping.get("type").asText());
        assertEquals("overlay_member_chart", mapping.get("definition").get("attribute").asText());
        assertEquals("string", mapping.get("definition").get("type").asText());
        JsonNode defaults = style.get("default").get("node");
        assertFalse(defaults.has("NODE_CUSTOMGRAPHICS_1"), "Cytoscape's CX2 reader takes no string default there");
        JsonNode position = defaults.get("NODE_CUSTOMGRAPHICS_POSITION_1");
        assertEquals("S", position.get("ENTITY_ANCHOR").asText());
        assertEquals("N", position.get("GRAPHICS_ANCHOR").asText());
        assertEquals("center", position.get("JUSTIFICATION").asText());
        assertEquals(0.0, position.get("MARGIN_X").doubleValue());
        assertEquals(2.0, position.get("MARGIN_Y").doubleValue());
    }

    @Test
    void xgmmlCarriesTheMemberListsAsCytoscapeListsAndTheChart() throws Exception {
        Document xgmml = TestDocuments.parse(TestDocuments.bytes(files(NetworkFormat.XGMML).get(0).writer(),
                OverlayFixtures.NETWORK));
        Map<String, Element> nodes = new HashMap<>();
        for (Element node : TestDocuments.children(xgmml.getDocumentElement(), "node")) {
            nodes.put(node.getAttribute("id"), node);
        }
        Element il12 = nodes.get("IL12");
        Element values = TestDocuments.child(il12, "att", "name", "overlay_member_values");
        assertEquals("list", values.getAttribute("type"));
        assertEquals("List", values.getAttributeNS(CY, "type"));
        assertEquals("Double", values.getAttributeNS(CY, "elementType"));
        List<Element> items = TestDocuments.children(values, "att");
        assertEquals(List.of("0.436388006101315", "1.67827566160572"),
                items.stream().map(e -> e.getAttribute("value")).toList());
        assertEquals(List.of("Double", "Double"), items.stream().map(e -> e.getAttributeNS(CY, "type")).toList());
        assertEquals(LIGANDS, listItems(nodes.get("NKG2D_ligands"), "overlay_member_symbols"));
        assertEquals(LIGAND_VALUES, listItems(nodes.get("NKG2D_ligands"), "overlay_member_values").stream()
                .map(Double::valueOf).toList());
        assertEquals(List.of("CDKN2A"), listItems(nodes.get("CDKN2A_ARF"), "overlay_member_symbols"));
        assertEquals(List.of("0.70138658498031"), listItems(nodes.get("CDKN2A_ARF"), "overlay_member_values"));
        assertEquals(chartOf("NKG2D_ligands"),
                TestDocuments.child(nodes.get("NKG2D_ligands"), "att", "name", "overlay_member_chart")
                        .getAttribute("value"));
        assertEquals(chartOf("CDKN2A_ARF"), TestDocuments.child(nodes.get("CDKN2A_ARF"), "att", "name",
                "overlay_member_chart").getAttribute("value"));
    }

    @Test
    void theStyleXmlPassesTheChartThroughUnderTheNode() throws Exception {
        Document style = TestDocuments.parse(TestDocuments.bytes(files(NetworkFormat.XGMML).get(1).writer(),
                OverlayFixtures.NETWORK));
        Element node = (Element) style.getElementsByTagName("node").item(0);
        Element chart = TestDocuments.child(node, "visualProperty", "name", "NODE_CUSTOMGRAPHICS_1");
        assertEquals("org.cytoscape.cg.model.NullCustomGraphics,0,[ Remove Graphics ],", chart.getAttribute("default"));
        Element through = TestDocuments.children(chart, "passthroughMapping").get(0);
        assertEquals("overlay_member_chart", through.getAttribute("attributeName"));
        assertEquals("string", through.getAttribute("attributeType"));
        Element position = TestDocuments.child(node, "visualProperty", "name", "NODE_CUSTOMGRAPHICS_POSITION_1");
        assertEquals("S,N,c,0.00,2.00", position.getAttribute("default"));
        assertEquals(0, TestDocuments.children(position, "passthroughMapping").size());
    }

    private static List<String> listItems(Element node, String column) {
        return TestDocuments.children(TestDocuments.child(node, "att", "name", column), "att").stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(e -> numbers.add(e.doubleValue()));
        return numbers;
    }

    private static String hex(Color colour) {
        return String.format("#%06X", colour.getRGB() & 0xFFFFFF);
    }
}
