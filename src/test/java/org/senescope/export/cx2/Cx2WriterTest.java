package org.senescope.export.cx2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.Position;

class Cx2WriterTest {

    /** The visual property names of the CX2 style specification that Cytoscape Web and Cytoscape 3.10 read. */
    private static final Set<String> CX2_PROPERTIES = Set.of("NETWORK_BACKGROUND_COLOR", "NODE_SHAPE",
            "NODE_BACKGROUND_COLOR", "NODE_WIDTH", "NODE_HEIGHT", "NODE_BORDER_COLOR", "NODE_BORDER_WIDTH",
            "NODE_LABEL", "NODE_LABEL_COLOR", "NODE_LABEL_FONT_SIZE", "NODE_LABEL_MAX_WIDTH", "EDGE_WIDTH",
            "EDGE_LINE_COLOR", "EDGE_LINE_STYLE", "EDGE_SOURCE_ARROW_SHAPE", "EDGE_TARGET_ARROW_SHAPE",
            "EDGE_TARGET_ARROW_COLOR", "EDGE_OPACITY");
    private static final Set<String> CX2_NODE_SHAPES = Set.of("ellipse", "triangle", "rectangle", "round-rectangle",
            "parallelogram", "diamond", "hexagon", "octagon", "vee");

    private static Network network;
    private static JsonNode cx;

    @BeforeAll
    static void write() throws IOException {
        network = NetworkFixture.network();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cx2Writer().write(network, out);
        cx = new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void aspectsComeInTheSpecifiedOrder() {
        assertEquals(List.of("CXVersion", "metaData", "attributeDeclarations", "networkAttributes", "nodes", "edges",
                "visualProperties", "visualEditorProperties", "status"), aspectNames());
        assertEquals("2.0", cx.get(0).get("CXVersion").asText());
        assertFalse(cx.get(0).get("hasFragments").asBoolean(true));
        assertTrue(aspect("status").get(0).get("success").asBoolean());
    }

    @Test
    void metaDataCountsEveryAspectsElements() {
        List<String> counted = new ArrayList<>();
        for (JsonNode meta : aspect("metaData")) {
            String name = meta.get("name").asText();
            counted.add(name);
            assertEquals(aspect(name).size(), meta.get("elementCount").asInt(), name);
        }
        List<String> expected = new ArrayList<>(aspectNames());
        expected.removeAll(List.of("CXVersion", "metaData", "status"));
        assertEquals(expected, counted);
        assertEquals(6, aspect("nodes").size());
        assertEquals(5, aspect("edges").size());
    }

    @Test
    void everyAttributeIsDeclaredWithTheTypeOfItsValues() {
        JsonNode declarations = aspect("attributeDeclarations").get(0);
        assertTypes(declarations.get("networkAttributes"), List.of(aspect("networkAttributes").get(0)));
        List<JsonNode> nodeValues = new ArrayList<>();
        aspect("nodes").forEach(n -> nodeValues.add(n.get("v")));
        assertTypes(declarations.get("nodes"), nodeValues);
        List<JsonNode> edgeValues = new ArrayList<>();
        aspect("edges").forEach(e -> edgeValues.add(e.get("v")));
        assertTypes(declarations.get("edges"), edgeValues);
        assertEquals("list_of_string", declarations.get("nodes").get("hgnc_symbols").get("d").asText());
        assertEquals("integer", declarations.get("edges").get("claim_count").get("d").asText());
        assertEquals("boolean", declarations.get("edges").get("negative_finding").get("d").asText());
    }

    @Test
    void nodesSitWhereTheLayoutPutsThem() {
        JsonNode nodes = aspect("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            Node node = network.nodes().get(i);
            Position position = network.layout().get(node.id());
            assertEquals(i, nodes.get(i).get("id").asInt());
            assertEquals(node.id(), nodes.get(i).get("v").get("senescope_id").asText());
            assertEquals(node.label(), nodes.get(i).get("v").get("name").asText());
            assertEquals(position.x(), nodes.get(i).get("x").asDouble(), 0.0);
            assertEquals(position.y(), nodes.get(i).get("y").asDouble(), 0.0);
        }
    }

    @Test
    void edgesPointAtTheirNodes() {
        Map<Integer, String> idByNumber = new HashMap<>();
        aspect("nodes").forEach(n -> idByNumber.put(n.get("id").asInt(), n.get("v").get("senescope_id").asText()));
        JsonNode edges = aspect("edges");
        for (int i = 0; i < edges.size(); i++) {
            JsonNode edge = edges.get(i);
            assertEquals(network.edges().get(i).sourceId(), idByNumber.get(edge.get("s").asInt()));
            assertEquals(network.edges().get(i).targetId(), idByNumber.get(edge.get("t").asInt()));
            assertEquals(network.edges().get(i).id(), edge.get("v").get("name").asText());
            assertEquals(network.nodes().size() + i, edge.get("id").asInt(), "edge ids follow the node ids");
            assertFalse(idByNumber.containsKey(edge.get("id").asInt()), "no edge shares a node's id");
        }
        JsonNode positive = edges.get(0).get("v");
        assertEquals(NetworkFixture.TRICKY_QUOTE, positive.get("evidence_quotes").get(0).asText());
        assertEquals(2, positive.get("claim_count").asInt());
        assertEquals("induces expression of", positive.get("interaction").asText());
        assertTrue(edges.get(2).get("v").get("negative_finding").asBoolean());
        assertTrue(edges.get(3).get("v").get("background_only").asBoolean());
    }

    @Test
    void nodesAreStyledByKind() {
        JsonNode mappings = visualProperties().get("nodeMapping");
        Map<String, String> shapes = discrete(mappings.get("NODE_SHAPE"), "kind");
        assertEquals("ellipse", shapes.get("gene"));
        assertEquals("round-rectangle", shapes.get("gene family"));
        assertEquals("hexagon", shapes.get("complex"));
        assertEquals("diamond", shapes.get("cell type"));
        assertEquals(NodeKind.values().length, shapes.size());
        assertTrue(CX2_NODE_SHAPES.containsAll(shapes.values()), shapes.toString());
        Map<String, String> fills = discrete(mappings.get("NODE_BACKGROUND_COLOR"), "kind");
        assertEquals("#56B4E9", fills.get("gene"));
        assertEquals("#E69F00", fills.get("cell type"));
        JsonNode label = mappings.get("NODE_LABEL");
        assertEquals("PASSTHROUGH", label.get("type").asText());
        assertEquals("name", label.get("definition").get("attribute").asText());
    }

    @Test
    void edgesAreStyledBySignAndEvidence() {
        JsonNode mappings = visualProperties().get("edgeMapping");
        assertEquals(Map.of("+", "triangle", "-", "tee", "0", "none"),
                discrete(mappings.get("EDGE_TARGET_ARROW_SHAPE"), "sign"));
        Map<String, String> lines = discrete(mappings.get("EDGE_LINE_STYLE"), "evidence_level");
        assertEquals("dashed", lines.get("negative finding"));
        assertEquals("dotted", lines.get("hypothesis"));
        assertEquals("solid", lines.get("finding reported in the seed"));
        assertEquals("#9E9E9E", discrete(mappings.get("EDGE_LINE_COLOR"), "evidence_level").get("negative finding"));
        Map<String, String> widths = discrete(mappings.get("EDGE_WIDTH"), "evidence_level");
        assertEquals("3.0", widths.get("finding reported in the seed"));
        assertEquals("1.0", widths.get("background"));
        Map<String, String> opacities = discrete(mappings.get("EDGE_OPACITY"), "evidence_level");
        assertEquals("0.55", opacities.get("review claim"));
        assertEquals("1.0", opacities.get("hypothesis"));
        assertTrue(mappings.get("EDGE_OPACITY").get("definition").get("map").get(0).get("vp").isNumber(),
                "opacity is a JSON number");
        assertEquals(6, opacities.size());
        JsonNode defaults = visualProperties().get("default").get("edge");
        assertEquals("solid", defaults.get("EDGE_LINE_STYLE").asText());
        assertEquals(2.0, defaults.get("EDGE_WIDTH").asDouble(), 0.0);
        assertTrue(defaults.get("EDGE_WIDTH").isNumber());
    }

    @Test
    void onlyPortablePropertiesAreUsed() {
        JsonNode properties = visualProperties();
        List<String> used = new ArrayList<>();
        for (String group : List.of("network", "node", "edge")) {
            properties.get("default").get(group).fieldNames().forEachRemaining(used::add);
        }
        properties.get("nodeMapping").fieldNames().forEachRemaining(used::add);
        properties.get("edgeMapping").fieldNames().forEachRemaining(used::add);
        assertTrue(CX2_PROPERTIES.containsAll(used), used.toString());
        JsonNode editor = aspect("visualEditorProperties").get(0).get("properties");
        assertFalse(editor.get("nodeSizeLocked").asBoolean(true));
        assertTrue(editor.get("arrowColorMatchesEdge").asBoolean());
    }

    @Test
    void mappingsReadDeclaredAttributesOfTheirType() {
        JsonNode declarations = aspect("attributeDeclarations").get(0);
        for (String group : List.of("nodeMapping", "edgeMapping")) {
            JsonNode declared = declarations.get(group.startsWith("node") ? "nodes" : "edges");
            visualProperties().get(group).forEach(mapping -> {
                JsonNode definition = mapping.get("definition");
                String attribute = definition.get("attribute").asText();
                assertEquals(declared.get(attribute).get("d").asText(), definition.get("type").asText(), attribute);
            });
        }
    }

    private static JsonNode visualProperties() {
        return aspect("visualProperties").get(0);
    }

    private static Map<String, String> discrete(JsonNode mapping, String attribute) {
        assertEquals("DISCRETE", mapping.get("type").asText());
        assertEquals(attribute, mapping.get("definition").get("attribute").asText());
        Map<String, String> map = new LinkedHashMap<>();
        mapping.get("definition").get("map").forEach(e -> map.put(e.get("v").asText(), e.get("vp").asText()));
        return map;
    }

    private static List<String> aspectNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cx.size(); i++) {
            JsonNode element = cx.get(i);
            assertEquals(i == 0 ? 2 : 1, element.size(), "the descriptor, then one aspect per element");
            names.add(element.fieldNames().next());
        }
        return names;
    }

    private static JsonNode aspect(String name) {
        for (JsonNode element : cx) {
            if (element.has(name)) {
                return element.get(name);
            }
        }
        throw new AssertionError("no aspect " + name);
    }

    private static void assertTypes(JsonNode declared, List<JsonNode> elements) {
        for (JsonNode values : elements) {
            Iterator<Map.Entry<String, JsonNode>> fields = values.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode declaration = declared.get(field.getKey());
                assertTrue(declaration != null, "undeclared attribute " + field.getKey());
                assertTrue(fits(declaration.get("d").asText(), field.getValue()),
                        field.getKey() + " is declared " + declaration + " but holds " + field.getValue());
            }
        }
    }

    private static boolean fits(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isInt();
            case "boolean" -> value.isBoolean();
            case "list_of_string" -> value.isArray() && allTextual(value);
            default -> false;
        };
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
