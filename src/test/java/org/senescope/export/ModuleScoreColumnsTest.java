package org.senescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.cx2.Cx2Writer;
import org.senescope.export.cyjs.CyjsWriter;
import org.senescope.export.graphml.GraphmlWriter;
import org.senescope.export.xgmml.XgmmlWriter;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import org.w3c.dom.Element;

/** Module-score node columns in CX2, Cytoscape.js, GraphML and XGMML, read back with Jackson and the JDK's parser. */
class ModuleScoreColumnsTest {

    private static Network network;
    private static final ModuleScores SCORES = new ModuleScores("GSEA", "preranked GSEA (fgseaMultilevel algorithm)",
            "NES", "q", "gsea.tsv", List.of(
                    new ModuleScore("p16_rb_arrest", 1.0594, 0.415, 0.62, 2),
                    new ModuleScore("p53_p21_arrest", 1.3314, 0.091, 0.27, 3),
                    new ModuleScore("sasp_chemokines", 1.5931, 3.7e-4, 0.0022, 3)));

    @BeforeAll
    static void build() throws Exception {
        network = SenescenceImmunityNetwork.buildBundled();
    }

    @Test
    void cx2DeclaresTheColumnsAndGivesEachNodeItsModulesScores() throws Exception {
        JsonNode cx = new ObjectMapper().readTree(TestDocuments.bytes(new Cx2Writer().withModuleScores(SCORES),
                network));
        JsonNode declared = aspect(cx, "attributeDeclarations").get(0).get("nodes");
        assertEquals("list_of_string", declared.get("module_scores").get("d").asText());
        assertEquals("double", declared.get("module_score").get("d").asText());
        assertEquals("double", declared.get("module_score_q").get("d").asText());
        assertEquals("string", declared.get("module_score_module").get("d").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        aspect(cx, "nodes").forEach(n -> byId.put(n.get("v").get("senescope_id").asText(), n.get("v")));

        JsonNode arrest = byId.get("cell_cycle_arrest");
        assertEquals(List.of("p53_p21_arrest: NES 1.331", "p16_rb_arrest: NES 1.059"),
                texts(arrest.get("module_scores")));
        assertEquals(1.3314, arrest.get("module_score").asDouble(), 0, "the node's first-listed module");
        assertEquals(0.27, arrest.get("module_score_q").asDouble(), 0);
        assertEquals("p53_p21_arrest", arrest.get("module_score_module").asText());

        JsonNode ddr = byId.get("dna_damage_response");
        assertEquals(List.of("p53_p21_arrest: NES 1.331"), texts(ddr.get("module_scores")),
                "senescence_program was not scored");
        assertEquals(1.5931, byId.get("CCL2").get("module_score").asDouble(), 0);

        JsonNode none = byId.get("oncogenic_signalling");
        assertEquals(List.of(), texts(none.get("module_scores")));
        assertFalse(none.has("module_score"), "a missing number is left out");
        assertEquals("", none.get("module_score_module").asText());

        JsonNode net = aspect(cx, "networkAttributes").get(0);
        assertEquals("NES", net.get("module_score_statistic").asText());
        assertEquals("gsea.tsv", net.get("module_score_source").asText());
    }

    @Test
    void cyjsGraphmlAndXgmmlCarryTheSameColumns() throws Exception {
        JsonNode cyjs = new ObjectMapper().readTree(TestDocuments.bytes(new CyjsWriter("test").withModuleScores(SCORES),
                network));
        JsonNode first = null;
        for (JsonNode n : cyjs.get("elements").get("nodes")) {
            if (n.get("data").get("id").asText().equals("cell_cycle_arrest")) {
                first = n.get("data");
            }
        }
        assertEquals(List.of("p53_p21_arrest: NES 1.331", "p16_rb_arrest: NES 1.059"),
                texts(first.get("module_scores")));
        assertEquals(1.3314, first.get("module_score").asDouble(), 0);

        Element graphml = TestDocuments.parse(TestDocuments.bytes(new GraphmlWriter().withModuleScores(SCORES),
                network)).getDocumentElement();
        Map<String, String> keys = new HashMap<>();
        TestDocuments.children(graphml, "key")
                .forEach(k -> keys.put(k.getAttribute("attr.name"), k.getAttribute("id")));
        Element graph = TestDocuments.children(graphml, "graph").get(0);
        Element node = TestDocuments.child(graph, "node", "id", "cell_cycle_arrest");
        assertEquals("p53_p21_arrest: NES 1.331|p16_rb_arrest: NES 1.059",
                TestDocuments.child(node, "data", "key", keys.get("module_scores")).getTextContent());
        assertEquals("1.3314", TestDocuments.child(node, "data", "key", keys.get("module_score")).getTextContent());

        Element xgmml = TestDocuments.parse(TestDocuments.bytes(new XgmmlWriter().withModuleScores(SCORES), network))
                .getDocumentElement();
        Element xnode = TestDocuments.child(xgmml, "node", "id", "cell_cycle_arrest");
        Element score = TestDocuments.child(xnode, "att", "name", "module_score");
        assertEquals("1.3314", score.getAttribute("value"));
        assertEquals("Double", score.getAttributeNS("http://www.cytoscape.org", "type"));
        Element list = TestDocuments.child(xnode, "att", "name", "module_scores");
        assertEquals(List.of("p53_p21_arrest: NES 1.331", "p16_rb_arrest: NES 1.059"),
                TestDocuments.children(list, "att").stream().map(a -> a.getAttribute("value")).toList());
    }

    @Test
    void withoutModuleScoresNoColumnIsAdded() throws Exception {
        String plain = new String(TestDocuments.bytes(new Cx2Writer(), network), StandardCharsets.UTF_8);
        assertFalse(plain.contains("module_score"));
        assertTrue(plain.contains("\"modules\""));
    }

    private static JsonNode aspect(JsonNode cx, String name) {
        for (JsonNode a : cx) {
            if (a.has(name)) {
                return a.get(name);
            }
        }
        throw new AssertionError("no aspect " + name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(i -> items.add(i.asText()));
        return items;
    }
}
