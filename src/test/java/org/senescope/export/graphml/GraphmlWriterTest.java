package org.senescope.export.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senescope.export.TestDocuments.child;
import static org.senescope.export.TestDocuments.children;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.export.TestDocuments;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.w3c.dom.Element;

class GraphmlWriterTest {

    private static Network network;
    private static byte[] graphml;
    private static final Graph<String, DefaultEdge> GRAPH = new DirectedPseudograph<>(DefaultEdge.class);
    private static final Map<String, Map<String, Attribute>> NODE_ATTRIBUTES = new HashMap<>();
    private static final Map<DefaultEdge, Map<String, Attribute>> EDGE_ATTRIBUTES = new HashMap<>();

    /** Reads the file back with JGraphT's importer, which validates it against the GraphML schema first. */
    @BeforeAll
    static void writeAndImport() throws Exception {
        network = NetworkFixture.network();
        graphml = TestDocuments.bytes(new GraphmlWriter(), network);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndName, value) -> NODE_ATTRIBUTES
                .computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>()).put(vertexAndName.getSecond(), value));
        importer.addEdgeAttributeConsumer((edgeAndName, value) -> EDGE_ATTRIBUTES
                .computeIfAbsent(edgeAndName.getFirst(), e -> new HashMap<>()).put(edgeAndName.getSecond(), value));
        importer.importGraph(GRAPH, new InputStreamReader(new ByteArrayInputStream(graphml), StandardCharsets.UTF_8));
    }

    @Test
    void everyNodeAndEdgeIsRead() {
        assertEquals(Set.copyOf(network.nodes().stream().map(Node::id).toList()), GRAPH.vertexSet());
        assertEquals(5, GRAPH.edgeSet().size());
        Set<String> endpoints = new LinkedHashSet<>();
        GRAPH.edgeSet().forEach(e -> endpoints.add(GRAPH.getEdgeSource(e) + "->" + GRAPH.getEdgeTarget(e)));
        assertEquals(Set.of("TP53->CDKN1A", "TP53->sasp", "NKG2D_ligands->sasp", "NKG2D_ligands->nk_cell",
                "sasp->nk_cell"), endpoints);
    }

    @Test
    void nodeAttributesKeepTheirTypes() {
        Attribute kind = NODE_ATTRIBUTES.get("nk_cell").get("kind");
        assertEquals("cell type", kind.getValue());
        assertEquals(AttributeType.STRING, kind.getType());
        assertEquals("MICA|MICB", NODE_ATTRIBUTES.get("NKG2D_ligands").get("hgnc_symbols").getValue());
        assertEquals("p53 (TP53)", NODE_ATTRIBUTES.get("TP53").get("name").getValue());
    }

    @Test
    void edgeAttributesKeepTheirTypesAndQuotes() {
        Map<String, Attribute> positive = edgeNamed(NetworkFixture.POSITIVE);
        assertEquals(NetworkFixture.TRICKY_QUOTE + "|p53 transactivates p21", positive.get("evidence_quotes").getValue());
        assertEquals(AttributeType.INT, positive.get("claim_count").getType());
        assertEquals("2", positive.get("claim_count").getValue());
        Map<String, Attribute> negativeFinding = edgeNamed(NetworkFixture.NEGATIVE_FINDING);
        assertEquals(AttributeType.BOOLEAN, negativeFinding.get("negative_finding").getType());
        assertEquals("true", negativeFinding.get("negative_finding").getValue());
    }

    /** JGraphT does not report graph data, so the network attributes are read with a parser. */
    @Test
    void networkAttributesAreGraphData() throws Exception {
        Element root = TestDocuments.parse(graphml).getDocumentElement();
        Element graph = children(root, "graph").get(0);
        assertEquals("Senescence & immunity", child(graph, "data", "key", keyId(root, "graph", "name")).getTextContent());
        assertEquals("10.1038/example|10.1093/jnci/djab064|",
                child(graph, "data", "key", keyId(root, "graph", "seed_dois")).getTextContent());
    }

    private static String keyId(Element root, String domain, String attributeName) {
        return children(root, "key").stream()
                .filter(k -> k.getAttribute("for").equals(domain) && k.getAttribute("attr.name").equals(attributeName))
                .findFirst().orElseThrow().getAttribute("id");
    }

    @Test
    void undirectedEdgesAndListKeysSaySo() throws Exception {
        Element root = TestDocuments.parse(graphml).getDocumentElement();
        Element graph = children(root, "graph").get(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));
        List<Element> edges = children(graph, "edge");
        assertEquals(List.of("", "", "", "", "false"), edges.stream().map(e -> e.getAttribute("directed")).toList());
        Element quotesKey = child(root, "key", "id", keyId(root, "edge", "evidence_quotes"));
        assertTrue(children(quotesKey, "desc").get(0).getTextContent().contains("joined by |"));
    }

    private static Map<String, Attribute> edgeNamed(String name) {
        return EDGE_ATTRIBUTES.values().stream()
                .filter(attributes -> name.equals(attributes.get("name").getValue()))
                .findFirst()
                .orElseThrow();
    }
}
