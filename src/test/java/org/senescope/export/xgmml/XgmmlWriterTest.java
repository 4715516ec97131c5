package org.senescope.export.xgmml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.senescope.export.TestDocuments.child;
import static org.senescope.export.TestDocuments.children;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.export.NetworkStyle;
import org.senescope.export.TestDocuments;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.w3c.dom.Element;

class XgmmlWriterTest {

    private static final String XGMML = "http://www.cs.rpi.edu/XGMML";
    private static final String CY = "http://www.cytoscape.org";

    private static Network network;
    private static Element graph;

    @BeforeAll
    static void write() throws Exception {
        network = NetworkFixture.network();
        graph = TestDocuments.parse(TestDocuments.bytes(new XgmmlWriter(), network)).getDocumentElement();
    }

    @Test
    void isACytoscape3Document() {
        assertEquals(XGMML, graph.getNamespaceURI());
        assertEquals("graph", graph.getLocalName());
        assertEquals("3.0", graph.getAttributeNS(CY, "documentVersion"));
        assertEquals("1", graph.getAttribute("directed"));
        assertEquals("Senescence & immunity", graph.getAttribute("label"));
        assertEquals("Senescence & immunity", child(graph, "att", "name", "name").getAttribute("value"));
        assertEquals("a provenance key that clashes with a column",
                child(graph, "att", "name", "provenance_name").getAttribute("value"));
    }

    @Test
    void hasEveryNodeAndEdgeByItsId() {
        assertEquals(network.nodes().stream().map(Node::id).toList(),
                children(graph, "node").stream().map(e -> e.getAttribute("id")).toList());
        List<Element> edges = children(graph, "edge");
        assertEquals(5, edges.size());
        for (int i = 0; i < edges.size(); i++) {
            assertEquals(network.edges().get(i).id(), edges.get(i).getAttribute("id"));
            assertEquals(network.edges().get(i).sourceId(), edges.get(i).getAttribute("source"));
            assertEquals(network.edges().get(i).targetId(), edges.get(i).getAttribute("target"));
        }
        assertEquals("1", edges.get(0).getAttributeNS(CY, "directed"));
        assertEquals("0", edges.get(4).getAttributeNS(CY, "directed"));
    }

    @Test
    void attributesAreTyped() {
        Element family = child(graph, "node", "id", "NKG2D_ligands");
        Element kind = child(family, "att", "name", "kind");
        assertEquals("gene family", kind.getAttribute("value"));
        assertEquals("string", kind.getAttribute("type"));
        assertEquals("String", kind.getAttributeNS(CY, "type"));
        Element symbols = child(family, "att", "name", "hgnc_symbols");
        assertEquals("list", symbols.getAttribute("type"));
        assertEquals("List", symbols.getAttributeNS(CY, "type"));
        assertEquals("String", symbols.getAttributeNS(CY, "elementType"));
        assertEquals(List.of("MICA", "MICB"),
                children(symbols, "att").stream().map(e -> e.getAttribute("value")).toList());

        Element negativeFinding = child(graph, "edge", "id", NetworkFixture.NEGATIVE_FINDING);
        Element flag = child(negativeFinding, "att", "name", "negative_finding");
        assertEquals("1", flag.getAttribute("value"));
        assertEquals("boolean", flag.getAttribute("type"));
        Element count = child(child(graph, "edge", "id", NetworkFixture.POSITIVE), "att", "name", "claim_count");
        assertEquals("2", count.getAttribute("value"));
        assertEquals("Integer", count.getAttributeNS(CY, "type"));
    }

    @Test
    void quotesSurviveEscaping() {
        Element quotes = child(child(graph, "edge", "id", NetworkFixture.POSITIVE), "att", "name", "evidence_quotes");
        assertEquals(List.of(NetworkFixture.TRICKY_QUOTE, "p53 transactivates p21"),
                children(quotes, "att").stream().map(e -> e.getAttribute("value")).toList());
    }

    @Test
    void nodeGraphicsCarryLayoutAndStyle() {
        for (Node node : network.nodes()) {
            Element graphics = children(child(graph, "node", "id", node.id()), "graphics").get(0);
            Position position = network.layout().get(node.id());
            assertEquals(position.x(), Double.parseDouble(graphics.getAttribute("x")), 0.0);
            assertEquals(position.y(), Double.parseDouble(graphics.getAttribute("y")), 0.0);
            assertEquals(NetworkStyle.nodeLook(node.kind()).shape().cytoscapeName(), graphics.getAttribute("type"));
            assertEquals(NetworkStyle.nodeLook(node.kind()).fillColor(), graphics.getAttribute("fill"));
        }
        Element gene = children(child(graph, "node", "id", "TP53"), "graphics").get(0);
        assertEquals("ELLIPSE", gene.getAttribute("type"));
        assertEquals("p53 (TP53)", child(gene, "att", "name", "NODE_LABEL").getAttribute("value"));
        assertEquals("DIAMOND", children(child(graph, "node", "id", "nk_cell"), "graphics").get(0).getAttribute("type"));
    }

    @Test
    void edgeGraphicsShowSignAndEvidence() {
        Element positive = graphics(NetworkFixture.POSITIVE);
        assertEquals("DELTA", child(positive, "att", "name", "EDGE_TARGET_ARROW_SHAPE").getAttribute("value"));
        assertEquals("SOLID", child(positive, "att", "name", "EDGE_LINE_TYPE").getAttribute("value"));
        assertEquals("T", child(graphics(NetworkFixture.NEGATIVE), "att", "name", "EDGE_TARGET_ARROW_SHAPE")
                .getAttribute("value"));
        Element negativeFinding = graphics(NetworkFixture.NEGATIVE_FINDING);
        assertEquals("NONE", child(negativeFinding, "att", "name", "EDGE_TARGET_ARROW_SHAPE").getAttribute("value"));
        assertEquals("EQUAL_DASH", child(negativeFinding, "att", "name", "EDGE_LINE_TYPE").getAttribute("value"));
        assertEquals("#9E9E9E", negativeFinding.getAttribute("fill"));
        assertEquals("1.0", graphics(NetworkFixture.BACKGROUND).getAttribute("width"));
    }

    private static Element graphics(String edgeId) {
        return children(child(graph, "edge", "id", edgeId), "graphics").get(0);
    }
}
