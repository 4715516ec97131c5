package org.senescope.overlay;

import org.senescope.export.files.NetworkFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;

/** The overlaid network as the exports write it, read back with Jackson and JGraphT's GraphML importer. */
class OverlayExportTest {

    private static MappedOverlay result;
    private static JsonNode cx;

    @BeforeAll
    static void mapAndWrite() throws IOException {
        InputTable table = OverlayFixtures.table("de.tsv", "gene\tlog2FoldChange\tpvalue\tpadj",
                "TP53\t1.25\t0.001\t0.01", "CDKN1A\t-2.5\t0.0001\t0.3");
        result = OverlayFixtures.mapper().map(List.of(table), OverlayOptions.defaults());
        cx = new ObjectMapper().readTree(bytes(NetworkFiles.of(NetworkFormat.CX2, "x", OverlayLayer.of(result)).get(0)));
    }

    private static byte[] bytes(OutputFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writer().write(OverlayFixtures.NETWORK, out);
        return out.toByteArray();
    }

    private static JsonNode aspect(String name) {
        for (JsonNode element : cx) {
            if (element.has(name)) {
                return element.get(name);
            }
        }
        throw new AssertionError("no aspect " + name);
    }

    private static JsonNode node(String senescopeId) {
        for (JsonNode n : aspect("nodes")) {
            if (n.get("v").get("senescope_id").asText().equals(senescopeId)) {
                return n.get("v");
            }
        }
        throw new AssertionError("no node " + senescopeId);
    }

    @Test
    void everyFormatWritesTheSameFilesWithAnOverlay() {
        for (NetworkFormat format : NetworkFormat.values()) {
            assertEquals(NetworkFiles.of(format, "x").stream().map(OutputFile::fileName).toList(),
                    NetworkFiles.of(format, "x", OverlayLayer.of(result)).stream().map(OutputFile::fileName).toList());
        }
    }

    @Test
    void theFillIsAContinuousDivergingMappingSymmetricAroundZero() {
        JsonNode properties = aspect("visualProperties").get(0);
        JsonNode fill = properties.get("nodeMapping").get("NODE_BACKGROUND_COLOR");
        assertEquals("CONTINUOUS", fill.get("type").asText());
        JsonNode definition = fill.get("definition");
        assertEquals(OverlayLayer.VALUE_COLUMN, definition.get("attribute").asText());
        assertEquals("double", definition.get("type").asText());
        JsonNode map = definition.get("map");
        // below -R, the eight intervals between Tol's nine stops at -R, -0.75R, ..., +R, above +R
        assertEquals(10, map.size());
        assertEquals(-2.0, map.get(0).get("max").asDouble());
        assertEquals(OverlayStyle.LOW_COLOR, map.get(0).get("maxVPValue").asText());
        for (int i = 1; i <= 8; i++) {
            assertEquals(-2.0 + (i - 1) * 0.5, map.get(i).get("min").asDouble(), 1e-12);
            assertEquals(OverlayStyle.STOPS.get(i - 1), map.get(i).get("minVPValue").asText());
            assertEquals(-2.0 + i * 0.5, map.get(i).get("max").asDouble(), 1e-12);
            assertEquals(OverlayStyle.STOPS.get(i), map.get(i).get("maxVPValue").asText());
        }
        assertEquals(OverlayStyle.MIDDLE_COLOR, map.get(4).get("maxVPValue").asText());
        assertEquals(2.0, map.get(9).get("min").asDouble());
        assertEquals(OverlayStyle.HIGH_COLOR, map.get(9).get("minVPValue").asText());
        assertEquals(OverlayStyle.MISSING_COLOR,
                properties.get("default").get("node").get("NODE_BACKGROUND_COLOR").asText());
    }

    @Test
    void significanceSetsTheBorderWidth() {
        JsonNode border = aspect("visualProperties").get(0).get("nodeMapping").get("NODE_BORDER_WIDTH");
        assertEquals("DISCRETE", border.get("type").asText());
        assertEquals(OverlayLayer.SIGNIFICANT_COLUMN, border.get("definition").get("attribute").asText());
        assertTrue(border.get("definition").get("map").get(0).get("v").asBoolean());
        assertEquals(OverlayStyle.SIGNIFICANT_BORDER_WIDTH, border.get("definition").get("map").get(0).get("vp")
                .asDouble());
    }

    @Test
    void measuredNodesCarryTheirValuesAndUnmeasuredNodesNone() {
        assertEquals("double", aspect("attributeDeclarations").get(0).get("nodes").get(OverlayLayer.VALUE_COLUMN)
                .get("d").asText());
        JsonNode tp53 = node("TP53");
        assertEquals(1.25, tp53.get(OverlayLayer.VALUE_COLUMN).asDouble());
        assertEquals(0.01, tp53.get(OverlayLayer.PADJ_COLUMN).asDouble());
        assertTrue(tp53.get(OverlayLayer.SIGNIFICANT_COLUMN).asBoolean());
        assertEquals("HGNC symbol TP53 -> node TP53", tp53.get(OverlayLayer.ROUTE_COLUMN).asText());
        assertFalse(node("CDKN1A").get(OverlayLayer.SIGNIFICANT_COLUMN).asBoolean());
        assertFalse(node("CCL2").has(OverlayLayer.VALUE_COLUMN), "an unmeasured node has no value, so it is grey");
        assertEquals(1.25, tp53.get(OverlayLayer.conditionColumn("de")).asDouble());
    }

    @Test
    void edgesCarryTheConsistencyVerdict() {
        for (JsonNode e : aspect("edges")) {
            JsonNode v = e.get("v");
            if (v.get("name").asText().equals("TP53 (induces expression of) CDKN1A")) {
                assertEquals(EdgeConsistency.Verdict.CANNOT_SAY.label(), v.get(OverlayLayer.EDGE_LABEL_COLUMN).asText());
                assertEquals("expression relation between measured genes",
                        v.get(OverlayLayer.EDGE_REASON_COLUMN).asText());
                return;
            }
        }
        throw new AssertionError("no TP53 -> CDKN1A edge");
    }

    @Test
    void anUntestedEdgeHasNoVerdictButItsReason() {
        for (JsonNode e : aspect("edges")) {
            JsonNode v = e.get("v");
            if (v.get("name").asText().equals("CDKN2A_p16INK4a (activates) RB1")) {
                assertEquals("", v.get(OverlayLayer.EDGE_LABEL_COLUMN).asText());
                assertEquals("post-translational or activity relation, not visible in mRNA",
                        v.get(OverlayLayer.EDGE_REASON_COLUMN).asText());
                return;
            }
        }
        throw new AssertionError("no CDKN2A_p16INK4a -> RB1 edge");
    }

    @Test
    void graphmlKeepsTheValuesAsDoublesForAThirdPartyReader() throws Exception {
        byte[] graphml = bytes(NetworkFiles.of(NetworkFormat.GRAPHML, "x", OverlayLayer.of(result)).get(0));
        Map<String, Map<String, Attribute>> attributes = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndName, value) -> attributes
                .computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>()).put(vertexAndName.getSecond(), value));
        importer.importGraph(new DirectedPseudograph<>(DefaultEdge.class),
                new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));
        Attribute value = attributes.get("TP53").get(OverlayLayer.VALUE_COLUMN);
        assertEquals(AttributeType.DOUBLE, value.getType());
        assertEquals("1.25", value.getValue());
        assertFalse(attributes.getOrDefault("CCL2", Map.of()).containsKey(OverlayLayer.VALUE_COLUMN));
    }

    @Test
    void xgmmlFillsEachNodeWithItsColour() throws IOException {
        String xgmml = new String(bytes(NetworkFiles.of(NetworkFormat.XGMML, "x", OverlayLayer.of(result)).get(0)),
                StandardCharsets.UTF_8);
        assertEquals(2.0, result.colourScale().range(), "the figures' default range");
        String tp53Colour = OverlayStyle.colorOf(1.25, 2.0);
        assertEquals("#E58368", tp53Colour, "halfway from #F4A582 to #D6604D");
        assertTrue(xgmml.contains("fill=\"" + tp53Colour + "\""), tp53Colour);
        assertTrue(xgmml.contains("fill=\"" + OverlayStyle.MISSING_COLOR + "\""));
    }
}
