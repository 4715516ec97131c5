package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.LabelContrast;
import org.senescope.export.NetworkStyle;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.xgmml.XgmmlWriter;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.style.StyleDefinition;
import org.senescope.model.style.VisualStyleSpec;
import org.senescope.render.html.HtmlPageWriter;
import org.senescope.workflow.VisualStyles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every label on every fill Senescope can give a node reads at a WCAG contrast ratio of at least 4.5:1, in the
 * figures, the page's data, CX2, XGMML and the app's style; and the overlay colours are the same in all of them for
 * the same data and range. The overlay lays values from beyond -R to beyond +R over the bundled network's gene nodes,
 * with some not measured and some not expressed.
 */
class LabelContrastEverywhereTest {

    private static final double RANGE = 2.0;
    private static Network network;
    private static Overlay overlay;

    @BeforeAll
    static void overlay() throws Exception {
        network = SenescenceImmunityNetwork.buildBundled();
        List<Node> genes = network.nodes().stream().filter(n -> n.kind().isGeneBased()).toList();
        List<NodeOverlay> nodes = new ArrayList<>();
        for (int i = 0; i < genes.size(); i++) {
            double value = -1.25 * RANGE + 2.5 * RANGE * i / (genes.size() - 1);
            Measurement m = i % 7 == 3 ? Measurement.MISSING
                    : new Measurement(value, 0.01, i % 11 != 5);
            nodes.add(new NodeOverlay(genes.get(i).id(), List.of(m), genes.get(i).id(), "test"));
        }
        overlay = new Overlay("sweep", "log2 fold change", List.of("d8"), nodes);
    }

    @Test
    void wcagRatiosAreComputedAsTheStandardDefinesThem() {
        assertEquals(21.0, LabelContrast.ratio("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, LabelContrast.ratio("#777777", "#777777"), 1e-9);
        assertEquals(4.48, LabelContrast.ratio("#777777", "#FFFFFF"), 0.005, "the well-known just-failing grey");
        assertEquals(4.54, LabelContrast.ratio("#767676", "#FFFFFF"), 0.005, "and the just-passing one");
        assertEquals(LabelContrast.WHITE, LabelContrast.labelOn("#0072B2"), "white 5.1 beats black 4.1");
        assertEquals(LabelContrast.BLACK, LabelContrast.labelOn("#56B4E9"));
    }

    @Test
    void figuresAndTheExportsShareOneScaleAndEveryFillOfItHasAReadableLabel() {
        DivergingScale figure = new DivergingScale(RANGE);
        for (int i = -6000; i <= 6000; i++) {
            double value = RANGE * i / 5000.0;
            String export = OverlayStyle.colorOf(value, RANGE);
            assertEquals(export, hex(figure.colour(value)), "value " + value);
            NodeFill fill = NodeFill.ofValue(new Measurement(value, 0.5), figure);
            assertReadable(hex(fill.fill()), hex(fill.text()), "figure, value " + value);
            assertReadable(export, OverlayStyle.labelColorOf(new Measurement(value, 0.5), RANGE), "export " + value);
        }
        assertEquals(OverlayStyle.LOW_COLOR, OverlayStyle.colorOf(-RANGE, RANGE));
        assertEquals(OverlayStyle.HIGH_COLOR, OverlayStyle.colorOf(RANGE, RANGE));
        NodeFill missing = NodeFill.ofValue(Measurement.MISSING, figure);
        assertEquals(OverlayStyle.MISSING_COLOR, hex(missing.fill()));
        assertReadable(hex(missing.fill()), hex(missing.text()), "not measured");
        NodeFill notExpressed = NodeFill.ofValue(new Measurement(1.0, 0.01, false), figure);
        assertEquals(OverlayStyle.NOT_EXPRESSED_COLOR, hex(notExpressed.fill()));
        assertReadable(hex(notExpressed.fill()), hex(notExpressed.text()), "not-expressed hatch base");
        assertReadable(hex(NodeFill.plain().fill()), hex(NodeFill.plain().text()), "plain");
        for (NodeKind kind : NodeKind.values()) {
            NodeFill byKind = NodeFill.ofKind(kind);
            assertReadable(hex(byKind.fill()), hex(byKind.text()), kind.label());
            assertEquals(LabelContrast.labelOn(hex(byKind.fill())), hex(byKind.text()), kind.label());
        }
    }

    @Test
    void thePageDataGivesEveryNodeAReadableLabel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPageWriter().write(FigureScene.compose(network, overlay, FigureOptions.defaults("Contrast", "")
                .withColourLimit(RANGE)), out);
        Matcher m = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL)
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
        int checked = 0;
        for (JsonNode n : data.get("nodes")) {
            JsonNode d = n.get("data");
            for (int c = 0; c < d.get("fills").size(); c++) {
                assertReadable(d.get("fills").get(c).asText(), d.get("texts").get(c).asText(), d.get("id").asText());
                checked++;
            }
        }
        assertEquals(network.nodes().size(), checked);
    }

    @Test
    void cx2LabelsAreReadableOnTheirFillsWithAndWithoutAnOverlay() throws Exception {
        JsonNode plain = style(cx2(new Cx2Writer()));
        Map<String, String> fills = discrete(plain, "NODE_BACKGROUND_COLOR");
        Map<String, String> labels = discrete(plain, "NODE_LABEL_COLOR");
        for (NodeKind kind : NodeKind.values()) {
            assertReadable(fills.get(kind.label()), labels.get(kind.label()), "CX2 " + kind.label());
        }
        JsonNode cx2 = cx2(new Cx2Writer().withOverlay(layer()));
        JsonNode style = style(cx2);
        JsonNode mapping = style.get("nodeMapping");
        assertEquals("PASSTHROUGH", mapping.get("NODE_LABEL_COLOR").get("type").asText());
        assertEquals(OverlayLayer.LABEL_COLOR_COLUMN,
                mapping.get("NODE_LABEL_COLOR").get("definition").get("attribute").asText());
        JsonNode fillMap = mapping.get("NODE_BACKGROUND_COLOR").get("definition").get("map");
        String missing = style.get("default").get("node").get("NODE_BACKGROUND_COLOR").asText();
        DivergingScale figure = new DivergingScale(RANGE);
        int measured = 0;
        for (JsonNode node : aspect(cx2, "nodes")) {
            JsonNode v = node.get("v");
            String fill = v.has(OverlayLayer.VALUE_COLUMN) ? evaluate(fillMap, v.get(OverlayLayer.VALUE_COLUMN)
                    .asDouble()) : missing;
            if (v.has(OverlayLayer.VALUE_COLUMN)) {
                Color drawn = figure.colour(v.get(OverlayLayer.VALUE_COLUMN).asDouble());
                assertTrue(near(drawn, Color.decode(fill)), "CX2 fill " + fill + " is the figure's " + hex(drawn));
                measured++;
            }
            assertReadable(fill, v.get(OverlayLayer.LABEL_COLOR_COLUMN).asText(), "CX2 " + v.get("name"));
        }
        assertEquals(overlay.nodes().stream().map(n -> n.measurements().get(0))
                .filter(m -> m.isMeasured() && !m.notExpressed()).count(), measured, "every coloured node checked");
        for (int i = -6000; i <= 6000; i++) {
            double value = RANGE * i / 5000.0;
            String fill = evaluate(fillMap, value);
            assertTrue(near(figure.colour(value), Color.decode(fill)), "CX2 at " + value);
            assertReadable(fill, OverlayStyle.labelColorOf(new Measurement(value, 0.5), RANGE), "CX2 at " + value);
        }
    }

    @Test
    void xgmmlGraphicsGiveEveryNodeAReadableLabel() throws Exception {
        for (XgmmlWriter writer : List.of(new XgmmlWriter(), new XgmmlWriter().withOverlay(layer()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(network, out);
            NodeList graphics = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(out.toByteArray())).getElementsByTagName("graphics");
            int checked = 0;
            for (int i = 0; i < graphics.getLength(); i++) {
                Element g = (Element) graphics.item(i);
                if (!g.getAttribute("fill").isEmpty() && g.getParentNode().getNodeName().equals("node")) {
                    assertReadable(g.getAttribute("fill"), labelAtt(g), "XGMML " + g.getParentNode().getAttributes()
                            .getNamedItem("id").getNodeValue());
                    checked++;
                }
            }
            assertEquals(network.nodes().size(), checked);
        }
    }

    @Test
    void theAppsStylesTakeTheLabelColourFromTheFill() {
        StyleDefinition plain = VisualStyles.network();
        Map<String, String> fills = entries(plain, NetworkStyle.NODE_FILL);
        Map<String, String> labels = entries(plain, NetworkStyle.NODE_LABEL_COLOR);
        for (NodeKind kind : NodeKind.values()) {
            assertReadable(fills.get(kind.label()), labels.get(kind.label()), "app " + kind.label());
        }
        StyleDefinition overlaid = VisualStyles.overlay(RANGE);
        assertTrue(overlaid.discrete().stream().noneMatch(m -> m.property().equals(NetworkStyle.NODE_LABEL_COLOR)),
                "no label colour by kind under a fill by value");
        assertEquals(List.of(OverlayLayer.LABEL_COLOR_COLUMN), overlaid.passthrough().stream()
                .filter(p -> p.property().equals(NetworkStyle.NODE_LABEL_COLOR)).map(p -> p.column().name()).toList());
        List<VisualStyleSpec.Point> points = overlaid.continuous().get(0).points();
        assertEquals(-RANGE, points.get(0).columnValue());
        assertEquals(RANGE, points.get(points.size() - 1).columnValue());
        assertEquals(OverlayStyle.STOPS, points.stream().map(p -> p.value().cx2Name()).toList());
    }

    private static OverlayLayer layer() {
        return new OverlayLayer(overlay, 0, RANGE, 0.05, Map.of(), Map.of(), "note");
    }

    private static void assertReadable(String fill, String label, String where) {
        double ratio = LabelContrast.ratio(fill, label);
        assertTrue(ratio >= LabelContrast.AA_NORMAL_TEXT, where + ": " + label + " on " + fill + " is " + ratio + ":1");
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 1 && Math.abs(a.getGreen() - b.getGreen()) <= 1
                && Math.abs(a.getBlue() - b.getBlue()) <= 1;
    }

    private static Map<String, String> entries(StyleDefinition style, VisualStyleSpec.Property property) {
        Map<String, String> byValue = new HashMap<>();
        style.discrete().stream().filter(m -> m.property().equals(property)).findFirst().orElseThrow().entries()
                .forEach(e -> byValue.put(e.columnValue(), e.value().cx2Name()));
        return byValue;
    }

    private static String labelAtt(Element graphics) {
        NodeList atts = graphics.getElementsByTagName("att");
        for (int i = 0; i < atts.getLength(); i++) {
            Element att = (Element) atts.item(i);
            if (att.getAttribute("name").equals("NODE_LABEL_COLOR")) {
                return att.getAttribute("value");
            }
        }
        throw new AssertionError("no NODE_LABEL_COLOR in the graphics");
    }

    private static JsonNode cx2(Cx2Writer writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(network, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    private static JsonNode aspect(JsonNode cx2, String name) {
        for (JsonNode aspect : cx2) {
            if (aspect.has(name)) {
                return aspect.get(name);
            }
        }
        throw new AssertionError("no aspect " + name);
    }

    private static JsonNode style(JsonNode cx2) {
        return aspect(cx2, "visualProperties").get(0);
    }

    private static Map<String, String> discrete(JsonNode style, String property) {
        Map<String, String> byValue = new HashMap<>();
        style.get("nodeMapping").get(property).get("definition").get("map")
                .forEach(e -> byValue.put(e.get("v").asText(), e.get("vp").asText()));
        return byValue;
    }

    /** What a CX2 reader draws for {@code value}: the end colours beyond the ends, linear RGB within an interval. */
    private static String evaluate(JsonNode map, double value) {
        JsonNode first = map.get(0);
        if (value < first.get("max").asDouble()) {
            return first.get("maxVPValue").asText();
        }
        for (int i = 1; i < map.size() - 1; i++) {
            JsonNode in = map.get(i);
            double min = in.get("min").asDouble();
            double max = in.get("max").asDouble();
            if (value >= min && value <= max) {
                Color a = Color.decode(in.get("minVPValue").asText());
                Color b = Color.decode(in.get("maxVPValue").asText());
                double f = (value - min) / (max - min);
                return hex(new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                        mix(a.getBlue(), b.getBlue(), f)));
            }
        }
        return map.get(map.size() - 1).get("minVPValue").asText();
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
