package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cytoscape.work.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every CyREST example of docs/cytoscape.md ("Each command through CyREST's JSON body") run end to end: the body is
 * read from the page's RCy3 and py4cytoscape examples (which must agree) and posted to the strict endpoint
 * ({@link CommandEndpoint}), which checks it and hands it to Cytoscape's command executor; that sets the task's
 * Tunables as Cytoscape 3.10.3 does ({@link MemoryCommandExecutor}); the task runs on the in-memory Cytoscape with
 * real data from ../shared/data (only the example's paths substituted), and its JSON answer is compared with the
 * documented one: the same keys and value types, and the same values where they do not depend on the data or on
 * SUIDs.
 */
class CyRestExamplesTest {

    private static final Path DATA = Path.of("../shared/data").toAbsolutePath().normalize();
    private static final Path LIVER = DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final Path HALLMARK = DATA.resolve("genesets/h.all.v7.0.symbols.gmt");
    private static final Path PBMC = DATA.resolve("single-cell/pbmc1k_v2");
    private static final BundledData BUNDLED = new BundledData();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, DocumentedCommands.Example> examples;

    @TempDir
    Path tmp;

    private MemoryCytoscape cytoscape;
    private SessionOverlays overlays;

    @BeforeAll
    static void readThePage() throws IOException {
        examples = DocumentedCommands.read();
        assertEquals(List.of("build", "overlay", "gsea", "export figure", "sc-overlay", "sc-score", "add-evidence"),
                List.copyOf(examples.keySet()));
    }

    @BeforeEach
    void newSession() {
        cytoscape = new MemoryCytoscape();
        overlays = new SessionOverlays();
    }

    /**
     * {@code text} with the examples' paths replaced by the real files standing in for them: Python's absolute paths
     * wherever they occur (also inside messages), R's bare names (given to normalizePath) only as a whole value.
     */
    private String substitute(String text) {
        String liver = LIVER.toString();
        String hallmark = HALLMARK.toString();
        String folder = PBMC.resolve("filtered_feature_bc_matrix").toString();
        String types = PBMC.resolve("cell_annotations.tsv").toString();
        return text.replace("/data/deseq2_results.tsv", liver).replace("/data/h.all.gmt", hallmark)
                .replace("/data/pbmc/filtered_feature_bc_matrix", folder)
                .replace("/data/pbmc/cell_annotations.tsv", types)
                .replace(" found in pbmc, ", " found in " + PBMC.getFileName() + ", ")
                .replace("\"filtered_feature_bc_matrix\"", "\"" + folder + "\"")
                .replace("\"cell_annotations.tsv\"", "\"" + types + "\"")
                .replace("/home/me/scores/", tmp.resolve("scores") + "/")
                .replace("/home/me/figures/", tmp.resolve("figures") + "/")
                .replace("\"deseq2_results.tsv\"", "\"" + liver + "\"")
                .replace("\"h.all.gmt\"", "\"" + hallmark + "\"")
                .replace("/papers/nk-senescence.txt", paper().toString())
                .replace("\"nk-senescence.txt\"", "\"" + paper() + "\"");
    }

    /** The example's body, its paths substituted; the RCy3 and py4cytoscape examples send the same. */
    private ObjectNode body(String command) throws IOException {
        DocumentedCommands.Example example = examples.get(command);
        ObjectNode r = (ObjectNode) JSON.readTree(substitute(example.r().toString()));
        ObjectNode python = (ObjectNode) JSON.readTree(substitute(example.python().toString()));
        assertEquals(python, r, command + ": the RCy3 and py4cytoscape examples send the same body");
        return python;
    }

    /** The documented {@code data}, its paths substituted, after checking the answer's envelope. */
    private JsonNode documented(String command) throws IOException {
        JsonNode answer = JSON.readTree(substitute(examples.get(command).answer().toString()));
        assertEquals(JSON.readTree("[]"), answer.get("errors"));
        return answer.get("data");
    }

    /**
     * The {@code data} of {@code POST /senescope/v1/<command>} with {@code body}, Cytoscape's command executor setting
     * {@code task}'s Tunables ({@link MemoryCommandExecutor}); the answer must be a success.
     */
    private static JsonNode run(String command, Task task, JsonNode body) throws Exception {
        MemoryCommandExecutor executor = new MemoryCommandExecutor(Map.of(command, () -> task));
        CommandEndpoint.Answer answer = CommandEndpoint.senescope(run -> Optional.of(run.apply(executor)))
                .answer(command, CyRestBody.gsonMap(body.toString()));
        assertEquals(200, answer.status(), answer.json());
        JsonNode json = JSON.readTree(answer.json());
        assertEquals(JSON.readTree("[]"), json.get("errors"));
        return json.get("data");
    }

    private static void assertValues(JsonNode documented, JsonNode real, String... pointers) {
        for (String pointer : pointers) {
            assertEquals(documented.at(pointer), real.at(pointer), pointer);
        }
    }

    @Test
    void buildWithAView() throws Exception {
        JsonNode real = run("build", new BuildNetworkTask(cytoscape.services(), BUNDLED), body("build"));
        JsonNode documented = documented("build");
        DocumentedCommands.assertShape(documented, real, "build");
        assertValues(documented, real, "/title", "/nodes", "/edges", "/claims", "/claimsByEvidenceType/finding",
                "/style");
        assertEquals(cytoscape.getCurrentNetwork().getSUID().longValue(), real.get("network").longValue());
        assertEquals(cytoscape.views.get(0).getSUID().longValue(), real.get("view").longValue());
    }

    @Test
    void buildWithoutAView() throws Exception {
        ObjectNode body = body("build");
        assertTrue(body.get("createView").booleanValue(), "the example makes a view");
        body.put("createView", false);
        JsonNode real = run("build", new BuildNetworkTask(cytoscape.services(), BUNDLED), body);
        ObjectNode documented = (ObjectNode) documented("build");
        documented.remove(List.of("view", "style"));
        DocumentedCommands.assertShape(documented, real, "build without a view");
        assertValues(documented, real, "/title", "/nodes", "/edges", "/claims");
        assertEquals(List.of(), cytoscape.views);
        assertEquals(List.of(), List.copyOf(cytoscape.getAllVisualStyles()), "no view, no style");
    }

    private JsonNode overlay(JsonNode body) throws Exception {
        long network = cytoscape.buildSeedNetwork(BUNDLED).getSUID();
        JsonNode real = run("overlay", new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays), body);
        JsonNode documented = documented("overlay");
        DocumentedCommands.assertShape(documented, real, "overlay");
        assertValues(documented, real, "/networkColumn", "/networkGenes", "/style", "/nodeColumns/0");
        assertEquals(network, real.get("network").longValue());
        assertEquals(body.get("file"), real.get("file"));
        long counted = 0;
        for (JsonNode n : real.get("rowsByOutcome")) {
            counted += n.longValue();
        }
        assertEquals(real.get("rows").longValue(), counted, "every row counted in one outcome");
        assertTrue(real.get("measuredNodes").intValue() > 0, real.toString());
        return real;
    }

    @Test
    void overlayOfTheDocumentedDeTable() throws Exception {
        JsonNode real = overlay(body("overlay"));
        assertValues(documented("overlay"), real, "/file", "/rows", "/rowsByOutcome", "/geneNodes", "/measuredNodes",
                "/summary/0");
    }

    /** The other kinds of expression data: the example's body with its file, less the DE table's column names. */
    @ParameterizedTest
    @CsvSource({"mouse-th1/gse14308_expression_matrix.tsv, 10000", "gsea-p53/P53_collapsed_symbols.gct, 10100",
            "mouse-th1/naive.vs.th1.rnk, 12000"})
    void overlayOfEachKindOfData(String file, int rows) throws Exception {
        ObjectNode body = body("overlay");
        body.remove(List.of("valueColumns", "padjColumn"));
        body.put("file", DATA.resolve(file).toString());
        assertEquals(rows, overlay(body).get("rows").intValue());
    }

    @Test
    void gseaOfTheDocumentedRanking() throws Exception {
        long network = cytoscape.buildSeedNetwork(BUNDLED).getSUID();
        JsonNode real = run("gsea", new GeneSetAnalysisTask(cytoscape.services(), BUNDLED), body("gsea"));
        JsonNode documented = documented("gsea");
        DocumentedCommands.assertShape(documented, real, "gsea");
        assertValues(documented, real, "/ranking", "/rankedGenes", "/seed", "/permutations", "/setsTested",
                "/setsSkipped", "/nodeColumns");
        assertEquals(network, real.get("network").longValue());
        assertEquals(cytoscape.tables.get(0).getSUID().longValue(), real.get("table").longValue());
        assertValues(documented, real, "/significant", "/results/0/name", "/results/0/size",
                "/results/0/leadingEdge/0", "/results/0/leadingEdge/1", "/skipped/0");
        assertEquals(documented.at("/results/0/ES").doubleValue(), real.at("/results/0/ES").doubleValue(), 5e-4);
        assertEquals(documented.at("/results/0/NES").doubleValue(), real.at("/results/0/NES").doubleValue(), 5e-4);
        List<String> notes = texts(real.get("notes"));
        List<String> listed = texts(documented.get("notes"));
        assertEquals(listed, notes.stream().filter(listed::contains).toList(), "the documented notes, in order");
    }

    /** The documented export in each format: the example's body with the figure's extension changed. */
    @ParameterizedTest
    @ValueSource(strings = {"pdf", "svg", "png", "html"})
    void exportFigureInEachFormat(String format) throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        ObjectNode body = body("export figure");
        String file = body.get("file").asText().replace(".pdf", "." + format);
        body.put("file", file);
        JsonNode real = run("export figure", new ExportFigureTask(cytoscape.services(), BUNDLED, overlays), body);
        JsonNode documented = JSON.readTree(documented("export figure").toString().replace(".pdf\"",
                "." + format + "\""));
        DocumentedCommands.assertShape(documented, real, "export figure");
        assertValues(documented, real, "/mapping/network", "/mapping/layout");
        assertValues(documented, real, "/mapping");
        List<String> files = texts(real.get("files"));
        // A .svg figure with formats=svg is written once.
        assertEquals(texts(documented.get("files")).stream().distinct().toList(), files);
        assertEquals(file, files.get(0));
        assertStartsWith(Path.of(file), format);
        for (String written : files) {
            assertTrue(Files.size(Path.of(written)) > 0, written);
        }
    }

    @Test
    void scOverlayOfPbmc1k() throws Exception {
        long network = cytoscape.buildSeedNetwork(BUNDLED).getSUID();
        JsonNode real = run("sc-overlay", new CellTypeOverlayTask(cytoscape.services(), BUNDLED), body("sc-overlay"));
        JsonNode documented = documented("sc-overlay");
        DocumentedCommands.assertShape(documented, real, "sc-overlay");
        assertValues(documented, real, "/data", "/cellTypeColumn", "/cellTypes", "/measuredNodes", "/summary",
                "/notes/0", "/nodeColumns/0", "/nodeColumns/1");
        assertEquals(network, real.get("network").longValue());
        assertEquals(7 * 2 + 3, real.get("nodeColumns").size());
    }

    @Test
    void scScoreOfPbmc1k() throws Exception {
        JsonNode real = run("sc-score", new CellScoreTask(), body("sc-score"));
        JsonNode documented = documented("sc-score");
        DocumentedCommands.assertShape(documented, real, "sc-score");
        assertValues(documented, real, "/files/0", "/files/1", "/method", "/cells", "/setsScored", "/summary",
                "/notes/0");
        for (JsonNode file : real.get("files")) {
            assertTrue(Files.size(Path.of(file.asText())) > 0, file.asText());
        }
    }

    /** The paper of the add-evidence example: two statements on the network's nodes, one naming a gene outside it. */
    private Path paper() {
        return tmp.resolve("nk-senescence.txt");
    }

    @Test
    void addEvidenceFromAPaperThenAgain() throws Exception {
        Files.writeString(paper(), PAPER, StandardCharsets.UTF_8);
        long network = cytoscape.buildSeedNetwork(BUNDLED).getSUID();
        JsonNode real = run("add-evidence", new AddEvidenceTask(cytoscape.services()), body("add-evidence"));
        JsonNode documented = documented("add-evidence");
        DocumentedCommands.assertShape(documented, real, "add-evidence");
        assertValues(documented, real, "/documents", "/candidates", "/added", "/alreadyPresent", "/outsideNetwork",
                "/summary/0");
        assertEquals(network, real.get("network").longValue());
        JsonNode again = run("add-evidence", new AddEvidenceTask(cytoscape.services()), body("add-evidence"));
        assertEquals(0, again.get("added").intValue());
        assertEquals(3, again.get("alreadyPresent").intValue(), "every edge of the first run is present");
        assertEquals(real.get("outsideNetwork"), again.get("outsideNetwork"));
    }

    private static final String PAPER = """
            Neutralization of CCL2 prevented angiogenesis.
            Senescent tumour cells secrete CCL2 and recruit NK cells.
            MDM2 inhibits TP53 in proliferating cells.
            """;

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static void assertStartsWith(Path file, String format) throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 5);
        String text = new String(head, StandardCharsets.US_ASCII);
        switch (format) {
            case "pdf" -> assertEquals("%PDF-", text);
            case "png" -> assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r'}, head);
            case "svg" -> assertTrue(Files.readString(file).contains("<svg"), text);
            default -> assertTrue(Files.readString(file).toLowerCase().startsWith("<!doctype html"), text);
        }
    }
}
