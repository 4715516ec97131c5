package org.senescope.export.cyjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.export.TestDocuments;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;

class CyjsWriterTest {

    private static Network network;
    private static JsonNode cyjs;

    @BeforeAll
    static void write() throws IOException {
        network = NetworkFixture.network();
        cyjs = new ObjectMapper().readTree(TestDocuments.bytes(new CyjsWriter("9.9.9"), network));
    }

    @Test
    void hasCytoscapesHeader() {
        assertEquals("1.0", cyjs.get("format_version").asText());
        assertEquals("senescope-9.9.9", cyjs.get("generated_by").asText());
        assertEquals("~2.1", cyjs.get("target_cytoscapejs_version").asText());
        assertEquals("Senescence & immunity", cyjs.get("data").get("name").asText());
        assertEquals(3, cyjs.get("data").get("seed_files").size());
        assertEquals("2024-06-01", cyjs.get("data").get("hgnc_snapshot").asText());
    }

    @Test
    void nodesCarryIdDataAndPosition() {
        JsonNode nodes = cyjs.get("elements").get("nodes");
        assertEquals(network.nodes().size(), nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node node = network.nodes().get(i);
            Position position = network.layout().get(node.id());
            JsonNode data = nodes.get(i).get("data");
            assertEquals(node.id(), data.get("id").asText());
            assertEquals(node.label(), data.get("name").asText());
            assertEquals(node.kind().label(), data.get("kind").asText());
            assertEquals(position.x(), nodes.get(i).get("position").get("x").asDouble(), 0.0);
            assertEquals(position.y(), nodes.get(i).get("position").get("y").asDouble(), 0.0);
            assertFalse(nodes.get(i).get("selected").asBoolean(true));
        }
        assertEquals("MICB", nodes.get(2).get("data").get("hgnc_symbols").get(1).asText());
    }

    @Test
    void edgesCarryEndpointsAndEvidence() {
        JsonNode edges = cyjs.get("elements").get("edges");
        assertEquals(network.edges().size(), edges.size());
        JsonNode positive = edges.get(0).get("data");
        assertEquals(NetworkFixture.POSITIVE, positive.get("id").asText());
        assertEquals("TP53", positive.get("source").asText());
        assertEquals("CDKN1A", positive.get("target").asText());
        assertEquals("induces expression of", positive.get("interaction").asText());
        assertEquals(NetworkFixture.TRICKY_QUOTE, positive.get("evidence_quotes").get(0).asText());
        assertEquals(2, positive.get("claim_count").asInt());
        assertTrue(positive.get("claim_count").isInt());
        assertTrue(edges.get(2).get("data").get("negative_finding").asBoolean());
        assertFalse(edges.get(4).get("data").get("directed").asBoolean(true));
    }
}
