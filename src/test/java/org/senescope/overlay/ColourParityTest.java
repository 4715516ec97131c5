package org.senescope.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.MemberChart;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.export.TestDocuments;
import org.senescope.export.files.NetworkFiles;
import org.senescope.export.xgmml.CytoscapeStyleWriter;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.read.table.TableOptions;
import org.senescope.render.DivergingScale;
import org.senescope.render.FigureScene;
import org.senescope.render.html.HtmlPageWriter;
import org.senescope.render.svg.SvgFigureWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The same value gets the same colour in the figure, the page, CX2 and XGMML, for node fills and for the member cells
 * of families, complexes and shared genes, on the real human DESeq2 table at the figure's default range: each
 * output's colour is compared with the figure's ({@link DivergingScale}, Tol's nine BuRd colours).
 */
class ColourParityTest {

    private static final Path HS = OverlayFixtures.DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final Pattern CELLS = Pattern.compile("\"cy_colors\":\\[([^\\]]*)\\]");

    private static OverlayLayer layer;
    private static DivergingScale figure;

    @BeforeAll
    static void map() throws IOException {
        MappedOverlay result = OverlayFixtures.mapper().map(
                List.of(InputTableReader.read(HS, TableOptions.defaults())), OverlayOptions.defaults());
        layer = OverlayLayer.of(result);
        figure = new DivergingScale(FigureOptions.defaults("", "").colourLimit());
        assertEquals(figure.limit(), layer.colourRange(), "the overlay's default range is the figure's");
    }

    @Test
    void thePageFillsEachMeasuredNodeInTheFiguresColour() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPageWriter().write(FigureScene.compose(OverlayFixtures.NETWORK, layer.overlay(),
                FigureOptions.defaults("Parity", "")), out);
        Matcher m = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL)
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find());
        int checked = 0;
        for (JsonNode n : new ObjectMapper().readTree(m.group(1).replace("<\\/", "</")).get("nodes")) {
            String id = n.get("data").get("id").asText();
            Measurement value = nodeValue(id);
            if (value.isMeasured() && !value.notExpressed()) {
                // As in the figure, a node drawn member by member is plain white; its members are in its panel.
                boolean members = layer.overlay().node(id).orElseThrow().hasMembers();
                assertEquals(members ? "#FFFFFF" : hex(figure.colour(value.value())),
                        n.get("data").get("fills").get(0).asText(), id);
                checked++;
            }
        }
        assertEquals(coloured(), checked, "every coloured node checked");
    }

    @Test
    void xgmmlGraphicsAndMemberChartsUseTheFiguresColours() throws Exception {
        Document xgmml = TestDocuments.parse(TestDocuments.bytes(NetworkFiles.of(NetworkFormat.XGMML, "x", layer)
                .get(0).writer(), OverlayFixtures.NETWORK));
        int checked = 0;
        int charts = 0;
        for (Element node : TestDocuments.children(xgmml.getDocumentElement(), "node")) {
            String id = node.getAttribute("id");
            Measurement value = nodeValue(id);
            if (value.isMeasured() && !value.notExpressed()) {
                // A node drawn member by member is white, as in the figure (checked by the test below).
                if (!drawnByMembers(id)) {
                    assertEquals(hex(figure.colour(value.value())),
                            TestDocuments.children(node, "graphics").get(0).getAttribute("fill"), id);
                }
                checked++;
            }
            charts += checkChart(id, TestDocuments.child(node, "att", "name", OverlayLayer.MEMBER_CHART_COLUMN)
                    .getAttribute("value"));
        }
        assertEquals(coloured(), checked, "every coloured node checked");
        assertEquals(expectedCharts(), charts);
    }

    @Test
    void cx2FillsOnTheFiguresNineStopsAndItsMemberChartsInTheFiguresColours() throws IOException {
        JsonNode cx = new ObjectMapper().readTree(TestDocuments.bytes(NetworkFiles.of(NetworkFormat.CX2, "x", layer)
                .get(0).writer(), OverlayFixtures.NETWORK));
        int charts = 0;
        for (JsonNode aspect : cx) {
            if (aspect.has("visualProperties")) {
                JsonNode points = aspect.get("visualProperties").get(0).get("nodeMapping")
                        .get("NODE_BACKGROUND_COLOR").get("definition").get("map");
                // Nine points at evenly spaced values (ten intervals with the two open ends), each the figure's colour
                // there, so CX2's linear interpolation between them is the figure's own (the figure interpolates
                // between the same nine, in RGB).
                assertEquals(OverlayStyle.STOPS.size() + 1, points.size());
                for (JsonNode p : points) {
                    for (String bound : List.of("min", "max")) {
                        if (p.has(bound)) {
                            assertEquals(hex(figure.colour(p.get(bound).asDouble())),
                                    p.get(bound + "VPValue").asText(), bound + " " + p);
                        }
                    }
                }
            }
            if (aspect.has("nodes")) {
                for (JsonNode n : aspect.get("nodes")) {
                    charts += checkChart(n.get("v").get("senescope_id").asText(),
                            n.get("v").get(OverlayLayer.MEMBER_CHART_COLUMN).asText());
                }
            }
        }
        assertEquals(expectedCharts(), charts);
    }

    /**
     * A family, complex or shared gene is drawn with a white body and its members' values only in the cells under it,
     * in the figure, the page, XGMML, CX2, the Style XML and the app's style alike: none fills it with the colour of the
     * one row the duplicate rule chose. The label is black, as on white. For CX2, the Style XML and the app the body
     * is left unfilled by a mapping on {@link OverlayLayer#DRAWN_BY_MEMBERS_COLUMN}, so the white background shows.
     */
    @Test
    void aNodeDrawnMemberByMemberHasTheSameWhiteBodyInEveryOutput() throws Exception {
        List<String> drawnByMembers = layer.overlay().nodes().stream().filter(NodeOverlay::hasMembers)
                .map(NodeOverlay::nodeId).toList();
        assertEquals(List.of("IL12", "NKG2D_ligands", "CDKN2A_p16INK4a", "CDKN2A_ARF").stream().sorted().toList(),
                drawnByMembers.stream().sorted().toList());
        String white = OverlayStyle.MEMBER_BODY_COLOR;
        String black = "#000000";
        FigureScene scene = FigureScene.compose(OverlayFixtures.NETWORK, layer.overlay(),
                FigureOptions.defaults("Parity", ""));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SvgFigureWriter().write(scene, svg);
        String figureSvg = svg.toString(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        new HtmlPageWriter().write(scene, page);
        Map<String, JsonNode> pageNodes = new HashMap<>();
        for (JsonNode n : pageData(page.toString(StandardCharsets.UTF_8)).get("nodes")) {
            pageNodes.put(n.get("data").get("id").asText(), n.get("data"));
        }
        Document xgmml = TestDocuments.parse(TestDocuments.bytes(NetworkFiles.of(NetworkFormat.XGMML, "x", layer)
                .get(0).writer(), OverlayFixtures.NETWORK));
        Map<String, Element> xgmmlNodes = new HashMap<>();
        TestDocuments.children(xgmml.getDocumentElement(), "node").forEach(e -> xgmmlNodes.put(e.getAttribute("id"), e));
        Map<String, JsonNode> cx2Nodes = new HashMap<>();
        JsonNode cx2Style = null;
        for (JsonNode aspect : new ObjectMapper().readTree(TestDocuments.bytes(NetworkFiles.of(NetworkFormat.CX2, "x",
                layer).get(0).writer(), OverlayFixtures.NETWORK))) {
            if (aspect.has("nodes")) {
                aspect.get("nodes").forEach(n -> cx2Nodes.put(n.get("v").get("senescope_id").asText(), n.get("v")));
            }
            if (aspect.has("visualProperties")) {
                cx2Style = aspect.get("visualProperties").get(0);
            }
        }
        assertTrue(cx2Style != null);
        // CX2: fill opacity 0 exactly where the column is true, over a white background.
        assertEquals(white, cx2Style.get("default").get("network").get("NETWORK_BACKGROUND_COLOR").asText());
        JsonNode opacity = cx2Style.get("nodeMapping").get("NODE_BACKGROUND_OPACITY");
        assertEquals("DISCRETE", opacity.get("type").asText());
        assertEquals(OverlayLayer.DRAWN_BY_MEMBERS_COLUMN, opacity.get("definition").get("attribute").asText());
        assertEquals("[{\"v\":true,\"vp\":0.0}]", opacity.get("definition").get("map").toString());
        // The Style XML and the app's style: Cytoscape Desktop's transparency 0 on the same column.
        Document styleXml = TestDocuments.parse(TestDocuments.bytes(new CytoscapeStyleWriter().withOverlay(layer),
                OverlayFixtures.NETWORK));
        Element nodeStyle = TestDocuments.children(TestDocuments.children(styleXml.getDocumentElement(), "visualStyle")
                .get(0), "node").get(0);
        Element transparency = TestDocuments.children(TestDocuments.child(nodeStyle, "visualProperty", "name",
                "NODE_TRANSPARENCY"), "discreteMapping").get(0);
        assertEquals(OverlayLayer.DRAWN_BY_MEMBERS_COLUMN, transparency.getAttribute("attributeName"));
        List<String> entries = TestDocuments.children(transparency, "discreteMappingEntry").stream()
                .map(e -> e.getAttribute("attributeValue") + "=" + e.getAttribute("value")).toList();
        assertEquals(List.of("true=0"), entries);
        assertTrue(OverlayStyle.definition(layer.colourRange()).discrete().contains(OverlayStyle.unfilledBody()),
                "the app's overlay style (ImportExpressionTaskTest reads the view: transparency 0, black label)");
        for (String id : drawnByMembers) {
            assertTrue(figureBody(figureSvg, id).equals(white), id + " in the figure: " + figureBody(figureSvg, id));
            assertEquals(white, pageNodes.get(id).get("fills").get(0).asText(), id + " on the page");
            assertEquals(black, pageNodes.get(id).get("texts").get(0).asText(), id + " on the page");
            Element graphics = TestDocuments.children(xgmmlNodes.get(id), "graphics").get(0);
            assertEquals(white, graphics.getAttribute("fill"), id + " in XGMML");
            assertTrue(cx2Nodes.get(id).get(OverlayLayer.DRAWN_BY_MEMBERS_COLUMN).asBoolean(), id + " in CX2");
            assertEquals(black, cx2Nodes.get(id).get(OverlayLayer.LABEL_COLOR_COLUMN).asText(), id + " in CX2");
        }
        for (NodeOverlay o : layer.overlay().nodes()) {
            if (!o.hasMembers()) {
                assertTrue(!cx2Nodes.get(o.nodeId()).get(OverlayLayer.DRAWN_BY_MEMBERS_COLUMN).asBoolean(),
                        o.nodeId() + ": a gene of its own stays filled");
            }
        }
    }

    /** 1 when {@code chart} is a chart whose cells have the figure's member colours; 0 for no chart; fails else. */
    private static int checkChart(String id, String chart) {
        if (chart.isEmpty()) {
            return 0;
        }
        Matcher cells = CELLS.matcher(chart);
        assertTrue(cells.find(), chart);
        List<String> expected = new ArrayList<>();
        for (MemberOverlay m : MemberChart.charted(layer.overlay().node(id).orElseThrow(), 0)) {
            expected.add('"' + hex(figure.colour(m.measurements().get(0).value())) + '"');
        }
        assertEquals(String.join(",", expected), cells.group(1), id);
        return 1;
    }

    private static long expectedCharts() {
        long n = layer.overlay().nodes().stream().filter(o -> MemberChart.isCharted(MemberChart.charted(o, 0)))
                .count();
        assertTrue(n >= 4, "IL-12, the NKG2D ligands and both CDKN2A products at least: " + n);
        return n;
    }

    /**
     * The figure's body fill of node {@code id}: the first fill in its SVG group (the outline is filled before the
     * label and the member cells are painted), as #RRGGBB.
     */
    private static String figureBody(String svg, String id) {
        Matcher group = Pattern.compile("<g id='node-" + Pattern.quote(id) + "' class='node'").matcher(svg);
        assertTrue(group.find(), id);
        Matcher fill = Pattern.compile("fill: ?rgb\\((\\d+), ?(\\d+), ?(\\d+)\\)").matcher(svg);
        assertTrue(fill.find(group.end()), id);
        return String.format("#%02X%02X%02X", Integer.parseInt(fill.group(1)), Integer.parseInt(fill.group(2)),
                Integer.parseInt(fill.group(3)));
    }

    private static boolean drawnByMembers(String id) {
        return layer.overlay().node(id).map(NodeOverlay::hasMembers).orElse(false);
    }

    private static JsonNode pageData(String html) throws IOException {
        Matcher m = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        return new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
    }

    private static Measurement nodeValue(String id) {
        return layer.overlay().node(id).map(o -> o.measurements().get(0)).orElse(Measurement.MISSING);
    }

    private static long coloured() {
        Map<String, Boolean> seen = new HashMap<>();
        for (NodeOverlay o : layer.overlay().nodes()) {
            Measurement m = o.measurements().get(0);
            seen.put(o.nodeId(), m.isMeasured() && !m.notExpressed());
        }
        return seen.values().stream().filter(b -> b).count();
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
