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
                assertEquals(hex(figure.colour(value.value())),
                        TestDocuments.children(node, "graphics").get(0).getAttribute("fill"), id);
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
