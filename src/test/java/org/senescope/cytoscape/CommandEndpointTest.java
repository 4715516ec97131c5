package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict endpoint {@code POST /senescope/v1/<command>}: bodies as CyREST's Gson reader hands them over
 * ({@link CyRestBody#gsonMap}), Cytoscape's command executor as {@link MemoryCommandExecutor}, the tasks on the
 * in-memory Cytoscape. Exact answers for refused bodies; a valid body runs; a failure is logged as one line.
 */
class CommandEndpointTest {

    private static final BundledData BUNDLED = new BundledData();
    private static final ObjectMapper JSON = new ObjectMapper();

    private MemoryCytoscape cytoscape;
    private MemoryCommandExecutor executor;
    private CommandEndpoint endpoint;

    @BeforeEach
    void newSession() {
        cytoscape = new MemoryCytoscape();
        SessionOverlays overlays = new SessionOverlays();
        executor = new MemoryCommandExecutor(Map.of(
                "build", () -> new BuildNetworkTask(cytoscape.services(), BUNDLED),
                "overlay", () -> new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays),
                "gsea", () -> new GeneSetAnalysisTask(cytoscape.services(), BUNDLED),
                "export figure", () -> new ExportFigureTask(cytoscape.services(), BUNDLED, overlays)));
        endpoint = CommandEndpoint.senescope(run -> Optional.of(run.apply(executor)));
    }

    private CommandEndpoint.Answer post(String command, String body) throws Exception {
        return endpoint.answer(command, CyRestBody.gsonMap(body));
    }

    @Test
    void isAJaxRsResourceAtSenescopeV1() {
        assertEquals("/senescope/v1", CommandEndpoint.class.getAnnotation(javax.ws.rs.Path.class).value());
    }

    @Test
    void refusesAnUnknownKeyListingTheParameters() throws Exception {
        CommandEndpoint.Answer answer = post("overlay",
                "{\"file\": \"/data/deseq2_results.tsv\", \"valueColumn\": \"stat\"}");
        assertEquals(400, answer.status());
        assertEquals("{\"data\":{},\"errors\":[{\"status\":400,\"type\":\"urn:cytoscape:ci:senescope:v1:overlay:errors:1\","
                + "\"message\":\"unknown parameter 'valueColumn'; senescope overlay takes duplicates, file, idColumn, "
                + "minExpression, network, networkColumn, padjColumn, range, species, valueColumns\",\"link\":null}]}",
                answer.json());
        assertEquals(List.of(), executor.calls, "nothing runs");
    }

    @Test
    void refusesATextThatIsNotABoolean() throws Exception {
        CommandEndpoint.Answer answer = post("build", "{\"title\": \"x\", \"createView\": \"maybe\"}");
        assertEquals(400, answer.status());
        assertEquals("{\"data\":{},\"errors\":[{\"status\":400,\"type\":\"urn:cytoscape:ci:senescope:v1:build:errors:1\","
                + "\"message\":\"createView: expected true or false, found \\\"maybe\\\"\",\"link\":null}]}",
                answer.json());
        assertEquals(List.of(), executor.calls);
        assertEquals(List.of(), cytoscape.created, "no network made");
    }

    @Test
    void listsEveryProblemOfABody() throws Exception {
        JsonNode answer = JSON.readTree(post("gsea", "{\"seed\": \"seven\", \"Modules\": true, \"modules\": 1, "
                + "\"rankFile\": 5, \"minSize\": null}").json());
        List<String> messages = new ArrayList<>();
        answer.get("errors").forEach(e -> messages.add(e.get("message").asText()));
        assertEquals(List.of("seed: expected a number, found \"seven\"",
                "unknown parameter 'Modules'; senescope gsea takes geneColumn, gmtFile, gmtFiles, maxSize, minSize, "
                        + "modules, network, permutations, rankBy, rankColumn, rankFile, seed",
                "modules: expected true or false, found 1.0", "rankFile: expected a file path, found 5.0",
                "minSize: expected a number, found null"), messages);
    }

    @Test
    void runsAValidBodyThroughTheExecutor() throws Exception {
        CommandEndpoint.Answer answer = post("build", "{\"title\": \"Senescope via CyREST\", \"createView\": \"FALSE\"}");
        assertEquals(200, answer.status(), answer.json());
        JsonNode json = JSON.readTree(answer.json());
        assertEquals(JSON.readTree("[]"), json.get("errors"));
        assertEquals("Senescope via CyREST", json.at("/data/title").asText());
        assertEquals(58, json.at("/data/nodes").intValue());
        assertTrue(json.at("/data/view").isMissingNode(), "createView \"FALSE\" is false");
        assertEquals(List.of("senescope build {title=Senescope via CyREST, createView=false}"), executor.calls);
    }

    @Test
    void givesTheExecutorDecimalsBooleansAndText() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        post("gsea", "{\"permutations\": \"1e3\", \"seed\": 7, \"modules\": \"true\", \"gmtFiles\": \"\"}");
        assertEquals(List.of("senescope gsea {permutations=1000.0, seed=7.0, modules=true, gmtFiles=}"),
                executor.calls);
        post("overlay", "{\"file\": \"/none.tsv\", \"minExpression\": 10}");
        assertEquals("senescope overlay {file=/none.tsv, minExpression=10.0}", executor.calls.get(1),
                "a number for a text parameter is its text");
    }

    @Test
    void logsAFailureAsOneLine(@TempDir Path tmp) throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        Path missing = tmp.resolve("deseq2.tsv");
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger(CommandEndpoint.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
                // Kept in memory.
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
        Level before = log.getLevel();
        log.setLevel(Level.ALL);
        log.addHandler(capture);
        CommandEndpoint.Answer answer;
        try {
            answer = post("gsea", "{\"rankFile\": \"" + missing + "\", \"rankBy\": \"stat\"}");
        } finally {
            log.removeHandler(capture);
            log.setLevel(before);
        }
        assertEquals(500, answer.status());
        assertEquals("{\"data\":{},\"errors\":[{\"status\":500,\"type\":\"urn:cytoscape:ci:senescope:v1:gsea:errors:2\","
                + "\"message\":\"rankFile: no such file: " + missing + "\",\"link\":null}]}", answer.json());
        assertEquals(2, records.size(), records.toString());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals("senescope gsea failed: rankFile: no such file: " + missing, records.get(0).getMessage());
        assertNull(records.get(0).getThrown(), "no stack at WARNING");
        assertEquals(Level.FINE, records.get(1).getLevel(), "the cause at DEBUG");
        assertEquals("rankFile: no such file: " + missing, String.valueOf(records.get(1).getThrown()).replaceFirst("^[^:]*: ", ""));
    }

    @Test
    void answersAnUnknownCommandAndAMissingExecutor() throws Exception {
        assertEquals(new CommandEndpoint.Answer(404, "{\"data\":{},\"errors\":[{\"status\":404,"
                + "\"type\":\"urn:cytoscape:ci:senescope:v1:figure:errors:1\",\"message\":\"no command 'figure' in "
                + "senescope; its commands are build, overlay, gsea, export figure, sc-overlay, sc-score, add-evidence\",\"link\":null}]}"),
                post("figure", "{}"));
        CommandEndpoint alone = CommandEndpoint.senescope(run -> Optional.empty());
        assertEquals(503, alone.answer("build", Map.of()).status());
        assertTrue(alone.answer("build", Map.of()).json().contains("\"message\":\"Cytoscape's command executor is "
                + "not running\""));
    }

    @Test
    void addEvidenceRunsAsACommandAndTwiceAddsNothingNew(@TempDir Path tmp) throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        int curated = network.getEdgeCount();
        Path doc = tmp.resolve("paper.txt");
        Files.writeString(doc, "Neutralization of CCL2 prevented angiogenesis.\n");
        MemoryCommandExecutor evidence = new MemoryCommandExecutor(Map.of(
                "add-evidence", () -> new AddEvidenceTask(cytoscape.services())));
        CommandEndpoint strict = CommandEndpoint.senescope(run -> Optional.of(run.apply(evidence)));
        String body = "{\"documents\": \"" + doc + "\", \"network\": \"current\"}";
        CommandEndpoint.Answer first = strict.answer("add-evidence", CyRestBody.gsonMap(body));
        assertEquals(200, first.status(), first.json());
        JsonNode once = JSON.readTree(first.json()).get("data");
        assertEquals(network.getSUID().longValue(), once.get("network").longValue());
        assertEquals(List.of(1, 1, 0, 0), List.of(once.get("candidates").intValue(), once.get("added").intValue(),
                once.get("alreadyPresent").intValue(), once.get("outsideNetwork").intValue()));
        assertEquals(network.getEdgeList().get(curated).getSUID().longValue(), once.at("/edges/0").longValue());
        JsonNode again = JSON.readTree(strict.answer("add-evidence", CyRestBody.gsonMap(body)).json()).get("data");
        assertEquals(List.of(1, 0, 1, 0), List.of(again.get("candidates").intValue(), again.get("added").intValue(),
                again.get("alreadyPresent").intValue(), again.get("outsideNetwork").intValue()));
        assertEquals(JSON.readTree("[]"), again.get("edges"));
        assertEquals(curated + 1, network.getEdgeCount());

        CommandEndpoint.Answer misspelt = strict.answer("add-evidence",
                CyRestBody.gsonMap("{\"document\": \"" + doc + "\"}"));
        assertEquals(400, misspelt.status());
        assertEquals("{\"data\":{},\"errors\":[{\"status\":400,"
                + "\"type\":\"urn:cytoscape:ci:senescope:v1:add-evidence:errors:1\",\"message\":\"unknown parameter "
                + "'document'; senescope add-evidence takes documents, network\",\"link\":null}]}", misspelt.json());
        assertEquals(2, evidence.calls.size(), "the refused body ran nothing");
    }
}
