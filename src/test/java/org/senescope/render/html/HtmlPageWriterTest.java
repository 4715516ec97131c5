package org.senescope.render.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.FigureScene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlPageWriterTest {

    private static final Pattern DATA = Pattern.compile("const DATA = (\\{.*?\\});\\n", Pattern.DOTALL);

    @Test
    void pageHoldsEveryNodeAndEdgeWithEvidenceAndNoExternalUrl() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        Overlay overlay = new Overlay("SIMULATED", "log2 fold change", java.util.List.of("day 2"), java.util.List.of(
                new NodeOverlay("TP53", java.util.List.of(new Measurement(1.25, 0.01)), "Trp53", "mouse symbol Trp53")));
        String page = write(FigureScene.compose(network, overlay, FigureOptions.defaults("Page </script> test", "")));

        Matcher m = DATA.matcher(page);
        assertTrue(m.find(), "the page carries its data as JSON");
        JsonNode data = new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
        Set<String> nodes = new HashSet<>();
        data.get("nodes").forEach(n -> nodes.add(n.get("data").get("id").asText()));
        Set<String> edges = new HashSet<>();
        data.get("edges").forEach(e -> edges.add(e.get("data").get("id").asText()));
        assertEquals(network.nodes().stream().map(Node::id).collect(java.util.stream.Collectors.toSet()), nodes);
        assertEquals(network.edges().stream().map(Edge::id).collect(java.util.stream.Collectors.toSet()), edges);

        JsonNode tp53 = null;
        for (JsonNode n : data.get("nodes")) {
            if (n.get("data").get("id").asText().equals("TP53")) {
                tp53 = n.get("data");
            }
        }
        assertEquals(1.25, tp53.get("values").get(0).get("value").asDouble());
        assertEquals("mouse symbol Trp53", tp53.get("route").asText());
        JsonNode firstSeedEvidence = null;
        for (JsonNode e : data.get("edges")) {
            for (JsonNode ev : e.get("data").get("evidence")) {
                if (!ev.get("seed").asText().isEmpty() && firstSeedEvidence == null) {
                    firstSeedEvidence = ev;
                }
            }
        }
        assertTrue(firstSeedEvidence.get("seed").asText().endsWith(".txt"), "a quote keeps its seed file as provenance");
        String seedFile = firstSeedEvidence.get("seed").asText();
        assertEquals(network.sources().stream().filter(s -> s.file().equals(seedFile)).findFirst().orElseThrow()
                .reference(), firstSeedEvidence.get("seedCitation").asText(), "the page cites the seed by what it states");
        assertFalse(page.contains("+ ev.seed"), "the page's script shows no seed file name");
        assertFalse(firstSeedEvidence.get("quote").asText().isBlank());

        String withoutLibrary = page.replace(HtmlPageWriter.cytoscapeJs().replace("</script", "<\\/script"), "");
        assertFalse(withoutLibrary.contains("http:") || withoutLibrary.contains("https:")
                || withoutLibrary.contains("//cdn"), "no URL outside the inlined library's licence comment");
        assertFalse(page.contains("<script src") || page.contains("<link") || page.contains("@import"),
                "nothing is loaded from elsewhere");
        assertEquals(2, count(page, "<script>"), "the library and the page script, both inline");
        assertTrue(page.contains("<title>Page &lt;/script&gt; test</title>"), "the title is escaped");
        assertTrue(page.contains("cytoscape({"), "Cytoscape.js drives the page");
    }

    @Test
    void eachEdgeSaysWhetherItWasTestedAgainstTheDataAndTheVerdict() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        Overlay overlay = new Overlay("SIMULATED", "log2 fold change", java.util.List.of("day 2", "day 8"),
                java.util.List.of(node("TP53", 1.25, -1.0), node("CDKN1A", 2.0, 0.1), node("CDKN2A_p16INK4a", 1.0, 1.0),
                        node("RB1", 1.0, 1.0)));
        JsonNode data = data(write(FigureScene.compose(network, overlay, FigureOptions.defaults("t", ""))));
        assertEquals("[{\"testable\":true,\"reason\":\"expression relation between measured genes\",\"verdict\":"
                + "\"agree\",\"detail\":\"up and up for an activating edge\"},{\"testable\":true,\"reason\":\"expression "
                + "relation between measured genes\",\"verdict\":\"cannot say\",\"detail\":\"not both changed "
                + "significantly (adjusted p 0.5, 0.5)\"}]",
                edge(data, "TP53 (induces expression of) CDKN1A").get("checks").toString());
        assertEquals("[{\"testable\":false,\"reason\":\"post-translational or activity relation, not visible in "
                + "mRNA\",\"verdict\":\"\",\"detail\":\"\"},{\"testable\":false,\"reason\":\"post-translational or "
                + "activity relation, not visible in mRNA\",\"verdict\":\"\",\"detail\":\"\"}]",
                edge(data, "CDKN2A_p16INK4a (activates) RB1").get("checks").toString());
        assertEquals("{\"testable\":false,\"reason\":\"not a gene at one end\",\"verdict\":\"\",\"detail\":\"\"}",
                edge(data, "TP53 (induces) cell_cycle_arrest").get("checks").get(0).toString());
    }

    @Test
    void withoutAnOverlayEdgesCarryNoChecks() throws Exception {
        JsonNode data = data(write(FigureScene.compose(SenescenceImmunityNetwork.buildBundled(),
                FigureOptions.defaults("t", ""))));
        assertFalse(edge(data, "TP53 (induces expression of) CDKN1A").has("checks"));
    }

    @Test
    void eachClaimCarriesItsSeedsCitationConfidenceAndNoteAndEachNodeItsIdentifiersAndModules() throws Exception {
        JsonNode data = data(write(FigureScene.compose(SenescenceImmunityNetwork.buildBundled(),
                FigureOptions.defaults("t", ""))));
        JsonNode claim = edge(data, "CCL2 (required for) nk_infiltration").get("evidence").get(0);
        assertEquals("Commentary on p53-induced senescence, CCL2 and NKG2D in NK-cell elimination of senescent tumours "
                + "(title not stated in the seed)", claim.get("title").asText());
        assertEquals("Authors, journal and year not stated in the seed; written by the laboratory that studied the "
                + "hepatocellular carcinoma model of Xue et al. (its reference 5)", claim.get("authors").asText());
        assertEquals("", claim.get("doi").asText(), "the seed states no DOI");
        assertEquals("stated", claim.get("confidence").asText());
        assertEquals("antibody neutralisation", claim.get("note").asText());
        JsonNode jci = null;
        for (JsonNode e : data.get("edges")) {
            for (JsonNode ev : e.get("data").get("evidence")) {
                if (ev.get("seed").asText().startsWith("002_")) {
                    jci = ev;
                }
            }
        }
        assertEquals("10.1172/JCI20784", jci.get("doi").asText());
        assertEquals("Kahlem P, D\u00f6rken B, Schmitt CA. J Clin Invest. 2004;113(2):169-174 (Perspective Series; "
                + "journal web page: abstract and Figure 1 legend)", jci.get("authors").asText());
        JsonNode klrk1 = null;
        for (JsonNode n : data.get("nodes")) {
            if (n.get("data").get("id").asText().equals("KLRK1")) {
                klrk1 = n.get("data");
            }
        }
        assertEquals("22914", klrk1.get("entrez").asText());
        assertEquals("ENSG00000213809", klrk1.get("ensembl").asText());
        assertEquals("[\"NKG2D recognition\"]", klrk1.get("inModules").toString());
        assertEquals(5, data.get("seedList").size(), "the seed filter offers every seed");
    }

    @Test
    void hostileLabelsAndIdentifiersStayTextInTheLegendAndTheData() throws Exception {
        String hostile = "</script><!--<script>alert(\"&'\")</script>";
        Overlay overlay = new Overlay("SIMULATED", hostile, java.util.List.of(hostile), java.util.List.of(
                new NodeOverlay("TP53", java.util.List.of(new Measurement(1.25, 0.01)), hostile, hostile)));
        String page = write(FigureScene.compose(SenescenceImmunityNetwork.buildBundled(), overlay,
                FigureOptions.defaults("t", "")));
        assertEquals(2, count(page, "<script"), "no script opened by a name");
        assertEquals(0, count(page, "<!--"), "no comment opened by a name");
        assertEquals(2, count(page, "</script>"), "no script closed by a name");
        assertFalse(page.contains("alert(\"&'\")</"), "the name is never written raw");
        assertTrue(page.contains("&lt;/script&gt;&lt;!--&lt;script&gt;alert(&quot;&amp;'&quot;)&lt;/script&gt;"),
                "the legend shows the value label escaped");
        JsonNode tp53 = null;
        for (JsonNode n : data(page).get("nodes")) {
            if (n.get("data").get("id").asText().equals("TP53")) {
                tp53 = n.get("data");
            }
        }
        assertEquals(hostile, tp53.get("route").asText(), "the data holds the name exactly");
    }

    // Adjusted p 0.01 on the first condition, 0.5 on the second.
    private static NodeOverlay node(String id, double first, double second) {
        return new NodeOverlay(id, java.util.List.of(new Measurement(first, 0.01), new Measurement(second, 0.5)), id,
                "test");
    }

    private static JsonNode data(String page) throws Exception {
        Matcher m = DATA.matcher(page);
        assertTrue(m.find(), "the page carries its data as JSON");
        return new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
    }

    private static JsonNode edge(JsonNode data, String id) {
        for (JsonNode e : data.get("edges")) {
            if (e.get("data").get("id").asText().equals(id)) {
                return e.get("data");
            }
        }
        throw new AssertionError("no edge " + id);
    }

    @Test
    void withModuleScoresTheLegendListsThemAndEachNodeNamesItsModules() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        ModuleScores scores = new ModuleScores("GSEA", "preranked GSEA", "NES", "q", "gsea.tsv",
                java.util.List.of(new ModuleScore("sasp_chemokines", 1.5931, 3.7e-4, 0.0022, 3)));
        String page = write(FigureScene.compose(network, scores, FigureOptions.defaults("Modules", "")));
        assertTrue(page.contains("<b>Module scores (GSEA NES, q)</b>"), "the legend block");
        assertTrue(Pattern.compile("<div><span class=\"sw thick\" style=\"background:#[0-9A-F]{6}\"></span> 4 SASP "
                + "chemokines: NES 1.59, q 0.0022</div>").matcher(page).find(), "module 4, outlined as significant");
        Matcher m = DATA.matcher(page);
        assertTrue(m.find());
        JsonNode data = new ObjectMapper().readTree(m.group(1).replace("<\\/", "</"));
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        data.get("nodes").forEach(n -> byId.put(n.get("data").get("id").asText(), n.get("data")));
        assertEquals("[\"4 SASP chemokines: NES 1.59, q 0.0022\"]", byId.get("CCL2").get("modules").toString());
        assertEquals("[\"1 Senescence program: not tested\",\"2 p53\u2013p21 arrest: not tested\"]",
                byId.get("dna_damage_response").get("modules").toString());

        String plain = write(FigureScene.compose(network, FigureOptions.defaults("Plain", "")));
        Matcher p = DATA.matcher(plain);
        assertTrue(p.find());
        assertFalse(p.group(1).contains("\"modules\""), "pages without module scores carry no such key");
    }

    /** How often {@code part} occurs in {@code s}, overlapping occurrences counted. */
    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The page of {@code scene}, as {@link HtmlPageWriter} writes it. */
    static String write(FigureScene scene) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlPageWriter().write(scene, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
