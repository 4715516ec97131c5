package org.senescope.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.senescope.bench.render.LargePage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive page that the packaged jar writes for the seed network with an overlay, used in a real browser:
 * Debian's Chromium, headless, driven by {@code puppeteer-core} from npm (no browser download) with
 * {@code src/test/js/page-check.js}. It searches, hovers, selects, opens the node and edge panels, filters by evidence,
 * sorts the table and exports, with every request that is not {@code file:} or {@code data:} refused and recorded,
 * and checks here what the script saw. Both pages (one condition, and two with {@code page-stripes.js}, which turns
 * on the heat stripes) are measured as Chromium draws them ({@code page-layout.js}): no edge crosses a node or label
 * that is not its end, every label lies inside its node's shape or below its icon and clear of the others, and the
 * legend lies within the 1400 x 900 window. Screenshots of each state go to {@code target/page-browser/} (and, with
 * {@code -Dsenescope.page.figures=docs/figures}, the three the docs show). Needs {@code node}, {@code npm} and
 * {@code /usr/bin/chromium} (or {@code CHROMIUM}); {@code .ci/run} installs them where missing.
 */
class PageBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path jar;
    private static Path checker;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void installPuppeteer() throws Exception {
        jar = Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar"));
        checker = jar.toAbsolutePath().getParent().resolve("page-browser-check");
        Files.createDirectories(checker);
        for (String f : List.of("package.json", "package-lock.json", "page-check.js", "page-stripes.js", "page-layout.js",
                "page-celltypes.js", "page-big-search.js", "chromium.js")) {
            Files.copy(Path.of("src/test/js", f), checker.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(checker.resolve("node_modules/puppeteer-core"))) {
            ExternalRun npm = run(checker, 300, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            assertEquals(0, npm.code(), "npm ci in " + checker + ": " + npm.err());
        }
    }

    @Test
    void aReaderSearchesSelectsReadsTheEvidenceAndFiltersWithoutAnyRequestLeavingTheFile() throws Exception {
        Path out = tmp.resolve("page");
        List<String> figure = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "figure", "--overlay", "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv",
                "--format", "html", "--out", out.toString()));
        ExternalRun build = run(Path.of("."), 120, figure.toArray(String[]::new));
        assertEquals(0, build.code(), build.err());
        JsonNode s = drive("page-check.js", out.resolve("senescence-immunity_figure.html"));

        assertLaidOutCleanly(s.get("layout"), 110);

        assertEquals("[]", s.get("outside").toString(), "no request leaves the file");
        assertEquals("[]", s.get("errors").toString(), "no console error");
        assertTrue(s.get("search").get("hit").asBoolean());
        assertTrue(Math.abs(s.get("search").get("dx").asDouble()) < 1 && Math.abs(s.get("search").get("dy").asDouble()) < 1,
                "CCL2 centred: " + s.get("search"));
        assertEquals("1 node, 24 edges match", s.get("search").get("status").asText(),
                "CCL2 matches the node and the edges whose quotes name it");
        assertTrue(s.get("tip").asText().startsWith("CCL2 (gene) \u2014 log2 fold change "), s.get("tip").asText());
        assertEquals("[\"Immune clearance of senescent tumour cells\",\"NK cell\",\"NK-cell infiltration of tumours\","
                + "\"NKG2D ligands\"]", s.get("klrk1").get("neighbours").toString());
        assertEquals(0, s.get("klrk1").get("nearWrong").asInt(), "every neighbour highlighted");
        assertEquals(0, s.get("klrk1").get("dimWrong").asInt(), "everything else dimmed");
        assertEquals("{\"Trp53\":[\"TP53\"],\"p14ARF\":[\"CDKN2A_ARF\"]}", s.get("bySymbol").toString(),
                "search by mouse symbol and by alias");
        assertEquals("[\"MICA\",\"MICB\",\"ULBP1\",\"ULBP2\",\"ULBP3\",\"RAET1E\",\"RAET1G\",\"RAET1L\"]",
                s.get("family").get("members").toString(), "every member of the NKG2D ligands");
        assertEquals("[{\"member\":\"CDKN2A\",\"marked\":true,\"shared\":\"yes, also on ARF (CDKN2A)\"}]",
                s.get("shared").get("rows").toString(), "one CDKN2A row for p16INK4a and ARF, marked as shared");
        JsonNode edge = s.get("edge");
        assertEquals(2, edge.get("quotes").size());
        assertTrue(edge.get("quotes").get(0).asText().startsWith("By means of an antibody-mediated neutralizing"));
        String citation = "Commentary on p53-induced senescence, CCL2 and NKG2D in NK-cell elimination of senescent "
                + "tumours (title not stated in the seed). Authors, journal and year not stated in the seed; written by "
                + "the laboratory that studied the hepatocellular carcinoma model of Xue et al. (its reference 5). DOI "
                + "not stated in the seed.";
        assertEquals(List.of(citation, citation), List.of(edge.get("citations").get(0).asText(),
                edge.get("citations").get(1).asText()), "the seed cited as sources.tsv cites it, not by file name");
        assertFalse(edge.get("citations").toString().contains(".txt"));
        assertEquals("species: mouse; model: mouse hepatocellular carcinoma (Xue et al. model), p53 restoration; "
                + "confidence: stated", edge.get("meta").get(0).asText());
        assertEquals("Curator note: antibody neutralisation", edge.get("meta").get(1).asText());
        assertEquals(8, s.get("filter").get("hypothesis").asInt());
        assertEquals(0, s.get("filter").get("shownHypothesis").asInt(), "the evidence filter hides hypothesis edges");
        assertEquals(0, s.get("filter").get("hiddenOther").asInt());
        assertEquals(58, s.get("table").get("nodes").asInt());
        assertEquals(125 - 8, s.get("table").get("edges").asInt(), "the table lists what the filter shows");
        assertEquals(125 - 8, s.get("exports").get("svgLines").asInt(), "the SVG draws every edge shown");
        assertTrue(Files.size(shots().resolve("page-04-select-KLRK1.png")) > 10_000);
        assertNodePanelListsEdgesByRelationWithTheirEvidence(s.get("klrk1").get("edges"));
        assertEachFilterShowsWhatItShouldAndTheLegendCountsIt(s.get("filters"));
        assertTheTableCopiesTheRowsShown(s.get("copy"));
        assertTabReachesEveryNamedControl(s.get("tab"));
    }

    /** KLRK1's panel: its five edges under their relations, each with its evidence level, claims and quote. */
    private static void assertNodePanelListsEdgesByRelationWithTheirEvidence(JsonNode panel) {
        assertEquals("Edges (5)", panel.get("heading").asText());
        List<String> groups = new ArrayList<>();
        panel.get("groups").forEach(g -> g.get("edges").forEach(e -> groups.add(g.get("relation").asText() + ": "
                + e.get("edge").asText() + e.get("evidence").asText() + " " + e.get("claims") + " " + e.get("quotes"))));
        assertEquals(List.of(
                "activates (1): NKG2D (KLRK1) \u2192 NK cell \u2014 review claim, 1 claim [\"review claim; unspecified\"] "
                        + "[\"we demonstrated that the NKG2D NK cell-a\"]",
                "ligand of (1): NKG2D ligands \u2192 NKG2D (KLRK1) \u2014 review claim, 1 claim [\"review claim; unspecified\"] "
                        + "[\"The activation of oncogenes and the cons\"]",
                "marks (1): NKG2D (KLRK1) \u2192 NK cell \u2014 background, 1 claim [\"background; unspecified\"] "
                        + "[\"NKG2D (KLRK1) is expressed by NK cells, \"]",
                "not required for (1): NKG2D (KLRK1) \u2192 NK-cell infiltration of tumours \u2014 negative finding, 1 claim "
                        + "[\"negative finding; mouse\"] [\"such a response did not rely on NKG2D, s\"]",
                "required for (1): NKG2D (KLRK1) \u2192 Immune clearance of senescent tumour cells \u2014 finding reported in "
                        + "the seed, 1 claim [\"finding reported in the seed; mouse\"] [\"we demonstrated that the NKG2D NK cell-a\"]"),
                groups, "grouped by relation, sorted, each edge with its evidence");
    }

    /**
     * From everything shown: negative findings unticked, then one seed, one species and one module chosen alone; the
     * script checked every edge's display against the filter ({@code wrong}); here the counts and the legend.
     */
    private static void assertEachFilterShowsWhatItShouldAndTheLegendCountsIt(JsonNode f) {
        String levels = "finding reported in the seed=(%d shown), prior work the seed cites=(%d shown), review claim=(%d "
                + "shown), background=(%d shown), hypothesis=(%d shown), negative finding%s=(%d shown)";
        assertFilter(f.get("all"), 125, 58, String.format(levels, 31, 20, 46, 8, 8, "", 12));
        assertFilter(f.get("noNegative"), 113, 58, String.format(levels, 31, 20, 46, 8, 8, " (off)", 0));
        assertEquals("News report on NK cell-mediated tumour control by a cytostatic drug combination (title not stated "
                + "in the seed)", f.get("seed").get("seed").asText());
        assertFilter(f.get("seed"), 15, 58, String.format(levels, 2, 0, 8, 0, 3, "", 2));
        assertEquals("mouse", f.get("species").get("species").asText());
        assertFilter(f.get("species"), 34, 58, String.format(levels, 23, 0, 1, 0, 0, "", 10));
        assertEquals("Senescence program", f.get("module").get("module").asText());
        assertFilter(f.get("module"), 3, 6, String.format(levels, 0, 2, 0, 1, 0, "", 0));
        assertEquals("[]", f.get("module").get("outOfView").toString(), "the view fitted to the module's nodes");
        assertFilter(f.get("reset"), 125, 58, String.format(levels, 31, 20, 46, 8, 8, "", 12));
    }

    private static void assertFilter(JsonNode state, int edges, int nodes, String legend) {
        assertEquals(0, state.get("wrong").asInt(), "every edge shown exactly when the filters let it: " + state);
        assertEquals(List.of(edges, nodes), List.of(state.get("edges").asInt(), state.get("nodes").asInt()), state.toString());
        List<String> shown = new ArrayList<>();
        state.get("legend").fields().forEachRemaining(e -> shown.add(e.getKey() + "=" + e.getValue().asText()));
        assertEquals(legend, String.join(", ", shown), "the legend counts what is shown");
    }

    /** KLRK1 typed in the table view: the edges' copy gives its five rows; refused, the nodes' row is offered selected. */
    private static void assertTheTableCopiesTheRowsShown(JsonNode copy) {
        assertEquals("[\"nodes (1)\",\"edges (5)\"]", copy.get("heads").toString());
        assertEquals(" copied 5 rows", copy.get("status").asText());
        assertEquals(List.of("source\trelation\ttarget\tevidence\tclaims\tspecies",
                "NKG2D (KLRK1)\trequired for\tImmune clearance of senescent tumour cells\tfinding reported in the seed\t1\tmouse",
                "NKG2D (KLRK1)\tactivates\tNK cell\treview claim\t1\tunspecified",
                "NKG2D (KLRK1)\tnot required for\tNK-cell infiltration of tumours\tnegative finding\t1\tmouse",
                "NKG2D (KLRK1)\tmarks\tNK cell\tbackground\t1\tunspecified",
                "NKG2D ligands\tligand of\tNKG2D (KLRK1)\treview claim\t1\tunspecified"),
                JSON.convertValue(copy.get("clipboard"), List.class), "the clipboard holds the rows shown, as TSV");
        JsonNode refused = copy.get("refused");
        assertEquals(" the browser refused the clipboard: 1 row selected below, press Ctrl+C", refused.get("status").asText());
        assertTrue(refused.get("focused").asBoolean() && refused.get("selected").asBoolean(), refused.toString());
        assertEquals(List.of("node\tkind\tHGNC\tmouse\taliases\tmodules\tvalue\tedges",
                "NKG2D (KLRK1)\tgene\tKLRK1\tKlrk1\tNKG2D, CD314\tNKG2D recognition\t-0.073\t5"),
                JSON.convertValue(refused.get("lines"), List.class));
        assertEquals(125 - 8, copy.get("cleared").asInt(), "Escape in the search box shows the whole table again");
    }

    /** Tab from the search box, in the network and in the table view: every control, in order, each named. */
    private static void assertTabReachesEveryNamedControl(JsonNode tab) {
        List<String> tools = new ArrayList<>(List.of("input: Search genes, aliases, mouse symbols, node labels or quote text"));
        for (String level : List.of("finding reported in the seed", "prior work the seed cites", "review claim", "background",
                "hypothesis", "negative finding")) {
            tools.add("input: Show " + level + " edges");
        }
        tools.addAll(List.of("select: Show edges with a claim from this seed", "select: Show edges with a claim in this species",
                "select: Show only the nodes of this module", "button: Show the nodes and edges as tables",
                "button: Fit the whole network into view", "button: Export the current view as PNG",
                "button: Export the current view as SVG"));
        List<String> panels = List.of("aside: Details of the selected node or edge", "footer: Legend and caption");
        List<String> network = new ArrayList<>(tools);
        network.addAll(panels);
        assertEquals(network, JSON.convertValue(tab.get("network"), List.class));
        List<String> table = new ArrayList<>(tools);
        table.add("button: Copy the nodes table as tab-separated text");
        List.of("node", "kind", "HGNC", "mouse", "aliases", "modules", "value", "edges \u25b2").forEach(h -> table.add("th: " + h));
        table.add("button: Copy the edges table as tab-separated text");
        List.of("source \u25b2", "relation", "target", "evidence", "claims", "species").forEach(h -> table.add("th: " + h));
        table.addAll(panels);
        assertEquals(table, JSON.convertValue(tab.get("table"), List.class), "the column heads sort by Enter, so Tab reaches them");
        assertEquals("ascending", tab.get("sortedByEnter").asText(), "Enter on a column head sorts by it");
    }

    @Test
    void withTwoConditionsTheHeatStripesShowEveryConditionInsideEachGeneNode() throws Exception {
        Path out = tmp.resolve("two");
        ExternalRun build = run(Path.of("."), 120, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "figure", "--overlay", "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv,"
                        + "../shared/data/liver-deseq2/SN_DESeq2_genesymb.tsv", "--format", "html", "--out",
                out.toString());
        assertEquals(0, build.code(), build.err());
        JsonNode s = drive("page-stripes.js", out.resolve("senescence-immunity_figure.html"));

        assertEquals("[]", s.get("outside").toString(), "no request leaves the file");
        assertEquals("[]", s.get("errors").toString(), "no console error");
        assertLaidOutCleanly(s.get("layout"), 112);
        assertEquals("[\"HS_DESeq2_genesymb\",\"SN_DESeq2_genesymb\"]", s.get("conditions").toString());
        assertTrue(s.get("switcherShown").asBoolean(), "the heat-stripe box sits next to the condition switcher");
        JsonNode on = s.get("on");
        assertEquals(17, on.get("genes").asInt(), "every gene node measured as one value (families keep their panel)");
        assertEquals(17, on.get("striped").asInt());
        assertEquals("[]", on.get("wrong").toString(), "each cell has its condition's colour, in condition order");
        assertEquals("0% 50% 50% 100%", on.get("positions").asText(), "two sharp cells, left to right");
        assertEquals(0, on.get("solidElsewhere").asInt(), "other nodes keep their plain fill");
        assertEquals("Heat stripeone cell per condition, left to right:1. HS_DESeq2_genesymb2. SN_DESeq2_genesymb",
                on.get("legend").asText());
        assertEquals("{\"striped\":0,\"gradients\":0,\"legendHidden\":true}", s.get("off").toString(),
                "unticked, the nodes show the chosen condition again");
    }

    @Test
    void theCellTypePageOfScOverlayShowsAGeneNodesFractionAndMeanPerCellTypeAsTheTableHasThem() throws Exception {
        Path out = tmp.resolve("cells");
        Path pbmc = Path.of("../shared/data/single-cell/pbmc1k_v2");
        ExternalRun build = run(Path.of("."), 180, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "sc-overlay", pbmc.resolve("filtered_feature_bc_matrix").toString(),
                "--cell-types", pbmc.resolve("cell_annotations.tsv").toString(), "--cell-type-column", "cell_type",
                "--out", out.toString());
        assertEquals(0, build.code(), build.err());
        JsonNode s = drive("page-celltypes.js", out.resolve("cell-type-expression.html"));
        assertEquals("[]", s.get("outside").toString(), "no request leaves the file");
        assertEquals("[]", s.get("errors").toString(), "no console error");

        List<String[]> table = Files.readAllLines(out.resolve("cell-type-expression.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)).toList();
        List<String> expected = new ArrayList<>();
        List<String> legend = new ArrayList<>(List.of("click a gene node measured in the data for its",
                "fraction of cells expressing and mean expression per type"));
        for (String[] r : table) {
            if (r[0].equals("CCL5")) {
                expected.add(List.of(r[2], String.format(java.util.Locale.ROOT, "%,d", Integer.parseInt(r[3])),
                        shown(r[4]), shown(r[5])).toString());
                legend.add((legend.size() - 1) + " " + r[2] + " (" + String.format(java.util.Locale.ROOT, "%,d",
                        Integer.parseInt(r[3])) + " cells)");
            }
        }
        assertEquals(7, expected.size(), "PBMC 1k has seven cell types");
        JsonNode ccl5 = s.get("ccl5");
        assertEquals("CCL5", ccl5.get("title").asText());
        assertEquals("[\"cell type\",\"cells\",\"fraction expressing\",\"mean expression\"]",
                ccl5.get("head").toString());
        assertEquals(expected, rows(ccl5.get("rows")), "each type's cells, fraction and mean as the table has them");
        assertEquals("Measured as CCL5 in the data.", ccl5.get("notes").get(0).asText());
        List<String> legendShown = new ArrayList<>();
        s.get("legend").forEach(l -> legendShown.add(l.asText()));
        assertEquals(legend, legendShown, "the legend names the types in strip order with their cells");

        // The family: per type the member expressed in the largest fraction of the type's cells, first on a tie.
        java.util.Map<String, String[]> best = new java.util.LinkedHashMap<>();
        for (String[] r : table) {
            if (r[0].equals("NKG2D_ligands") && (!best.containsKey(r[2])
                    || Double.parseDouble(r[4]) > Double.parseDouble(best.get(r[2])[4]))) {
                best.put(r[2], r);
            }
        }
        List<String> family = best.values().stream().map(r -> List.of(r[2], String.format(java.util.Locale.ROOT,
                "%,d", Integer.parseInt(r[3])), shown(r[4]), shown(r[5]), r[1]).toString()).toList();
        assertEquals("member", s.get("family").get("head").get(4).asText());
        assertEquals(family, rows(s.get("family").get("rows")));
        assertEquals(0, s.get("unmeasured").get("rows").size(), "a node the data does not measure has no table");
    }

    /**
     * A page over 3,000 edges (a synthetic network of 640 nodes and 3,200 edges; 800 of its edges quote "no effect"):
     * the search marks its thousands of edge hits on the page's own hit layer, under the edges, and centres them
     * without restyling any edge in Cytoscape.js (see {@code page-big-search.js}).
     */
    @Test
    void aSearchWithHundredsOfEdgeHitsOnABigPageMarksEachUnderItsEdgeWithoutRestylingTheEdges() throws Exception {
        Path page = tmp.resolve("big.html");
        LargePage.main(new String[] {page.toString(), "640", "3200"});
        JsonNode s = drive("page-big-search.js", page);
        assertEquals("[]", s.get("outside").toString(), "no request leaves the file");
        assertEquals("[]", s.get("errors").toString(), "no console error");
        assertEquals(0, s.get("search").get("edgesWithHitClass").asInt());
        assertEquals("0 nodes, " + s.get("search").get("expected").asInt() + " edges match",
                s.get("search").get("status").asText());
        assertEquals(s.get("marked").get("midpointsInView").asInt(), s.get("marked").get("midpointsInHitColour").asInt());
        assertEquals(0, s.get("filtered").get("loneMarked").asInt());
        assertEquals(0, s.get("cleared").get("marked").asInt());
    }

    /** A value as the page shows it: three decimals, as JavaScript's {@code toFixed(3)} rounds the double. */
    private static String shown(String value) {
        return new java.math.BigDecimal(Double.parseDouble(value)).setScale(3, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static List<String> rows(JsonNode rows) {
        List<String> list = new ArrayList<>();
        rows.forEach(r -> {
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c.asText()));
            list.add(cells.toString());
        });
        return list;
    }

    /** The drawing as Chromium renders it (see {@code page-layout.js}). */
    private static void assertLaidOutCleanly(JsonNode layout, int routed) {
        assertEquals(125, layout.get("edges").asInt());
        assertEquals(routed, layout.get("routed").asInt(), "edges drawn with the figure's bends");
        assertEquals("[]", layout.get("crossings").toString(), "no edge passes through a node that is not its end");
        assertEquals("[]", layout.get("labels").toString(), "every label inside its node or below its icon, alone");
        assertTrue(layout.get("legend").get("footerInWindow").asBoolean(), "the legend's footer within the window: "
                + layout.get("legend"));
        assertTrue(layout.get("legend").get("lastEntryShown").asBoolean(), "the legend's last entry reachable: "
                + layout.get("legend"));
        assertTrue(layout.get("legend").get("networkAboveFooter").asBoolean(), "the network drawn only above it: "
                + layout.get("legend"));
    }

    /** Runs one of the scripts over a page in Chromium; its JSON summary. */
    private static JsonNode drive(String script, Path page) throws Exception {
        List<String> node = new ArrayList<>(List.of("node", script, page.toAbsolutePath().toString(),
                shots().toString()));
        String figures = System.getProperty("senescope.page.figures", "");
        if (!figures.isEmpty()) {
            node.add(Path.of(figures).toAbsolutePath().toString());
        }
        ExternalRun check = run(checker, 180, node.toArray(String[]::new));
        assertEquals(0, check.code(), "the page failed in Chromium: " + check.err());
        return JSON.readTree(check.out());
    }

    private static Path shots() {
        return jar.toAbsolutePath().getParent().resolve("page-browser");
    }

    private static ExternalRun run(Path dir, int seconds, String... command) throws Exception {
        return ExternalRun.of(tmp, "Node.js 18+ with npm, Debian's chromium", dir, seconds, command);
    }
}
