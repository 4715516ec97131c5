package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;

/**
 * Apps &gt; Senescope &gt; Gene-set analysis (GSEA)... and {@code senescope gsea} against an in-memory Cytoscape:
 * the real P53 ranking against fgsea's reference results, and the network's modules ranked by an imported overlay of
 * the real liver DESeq2 table.
 */
class GeneSetAnalysisTaskTest {

    private static final Path P53_RANKS = Path.of("../shared/reference/p53/p53_limma_t_MUT_vs_WT.rnk");
    private static final Path FGSEA = Path.of(
            "../shared/reference/p53/fgsea_multilevel_p53_c2_hallmark_senescence_min15_max500.tsv");
    private static final Path SENESCENCE_SETS = Path.of("../shared/data/genesets/senescence_sets.gmt");
    private static final BundledData BUNDLED = new BundledData();

    private MemoryCytoscape cytoscape;
    private MemoryNetwork network;

    @BeforeEach
    void buildTheSeedNetwork() throws Exception {
        cytoscape = new MemoryCytoscape();
        network = cytoscape.buildSeedNetwork(BUNDLED);
    }

    private GeneSetAnalysisTask task() {
        return new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
    }

    private void importLiverStat() throws Exception {
        ImportExpressionTask overlay = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        overlay.file = ImportExpressionTaskTest.LIVER.toFile();
        overlay.valueColumns = "stat";
        overlay.run(new RecordingTaskMonitor());
    }

    private static JsonNode json(GeneSetAnalysisTask task) throws IOException {
        return new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
    }

    private CyRow node(String id) {
        return network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", id).iterator().next();
    }

    /** fgsea's reference row of each set: ES and NES. */
    private static Map<String, double[]> fgsea() throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        for (String line : Files.readAllLines(FGSEA).subList(1, Files.readAllLines(FGSEA).size())) {
            String[] f = line.split("\t");
            rows.put(f[0], new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5])});
        }
        return rows;
    }

    @Test
    void aRankedFileGivesFgseasScoresInTheResultTable() throws Exception {
        GeneSetAnalysisTask task = task();
        task.rankFile = P53_RANKS.toFile();
        task.gmtFile = SENESCENCE_SETS.toFile();
        task.modules = false;
        task.minSize = 15;
        task.run(new RecordingTaskMonitor());
        assertEquals(1, cytoscape.tables.size());
        CyTable table = cytoscape.tables.get(0);
        assertEquals("Senescope GSEA", table.getTitle());
        JsonNode json = json(task);
        assertEquals(table.getSUID().longValue(), json.get("table").asLong());
        assertEquals(network.getSUID().longValue(), json.get("network").asLong());
        assertEquals(table.getRowCount(), json.get("setsTested").asInt());
        assertEquals(11, json.get("setsTested").asInt() + json.get("setsSkipped").asInt());
        Map<String, double[]> reference = fgsea();
        int compared = 0;
        for (CyRow row : table.getAllRows()) {
            double[] ref = reference.get(row.get("gene_set", String.class));
            assertEquals(ref[0], row.get("ES", Double.class), Math.abs(ref[0]) * 1e-9, "ES, exactly");
            assertEquals(ref[1], row.get("NES", Double.class), 0.05, "NES, a Monte-Carlo quantity");
            assertEquals("senescence_sets.gmt", row.get("source", String.class));
            compared++;
        }
        assertTrue(compared >= 5, "sets compared: " + compared);
    }

    @Test
    void repeatedGenesAreReportedAndEveryCountAgrees(@TempDir Path tmp) throws Exception {
        List<String> lines = Files.readAllLines(P53_RANKS);
        List<String> withRepeats = new java.util.ArrayList<>(lines);
        withRepeats.addAll(lines.subList(1, 9).stream().map(l -> l.replaceFirst("\t", "\t-")).toList());
        Path ranks = tmp.resolve("repeats.tsv");
        Files.write(ranks, withRepeats);
        GeneSetAnalysisTask task = task();
        task.rankFile = ranks.toFile();
        task.rankBy = "stat";
        task.gmtFile = SENESCENCE_SETS.toFile();
        task.modules = false;
        task.minSize = 15;
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        task.run(monitor);
        int genes = lines.size() - 1;
        assertEquals(genes, json(task).get("rankedGenes").asInt());
        assertTrue(monitor.messages.contains("INFO Note: 8 repeated gene names in the ranking: the first row of each "
                + "was kept (first repeated: ZNF44)"), String.join("\n", monitor.messages));
        assertTrue(monitor.messages.stream().noneMatch(m -> m.contains(Integer.toString(genes + 8))),
                "no count of the rows before the repeats were dropped");
        assertEquals("INFO 10 gene sets tested on " + genes + " ranked genes (8 repeated names dropped), 1 skipped, 0 "
                + "with BH q < 0.05; seed 42, 10000 permutations", monitor.messages.get(monitor.messages.size() - 1));
        assertTrue(json(task).get("notes").toString().contains("8 repeated gene names"));
        assertEquals(cytoscape.tables.get(0), cytoscape.currentTable, "the table panel shows the results");
    }

    @Test
    void theModulesRankedByTheImportedOverlayAreShownOnTheirNodes() throws Exception {
        importLiverStat();
        GeneSetAnalysisTask task = task();
        task.run(new RecordingTaskMonitor());
        JsonNode json = json(task);
        assertEquals(14, json.get("rankedGenes").asInt(), "the measured genes of one-gene nodes, CDKN2A once");
        assertEquals("[\"4 gene nodes have no value in senescope::overlay_value and are not ranked\",\"2 nodes name "
                + "several genes (families, complexes) and are not ranked: their value is one member's\",\"CDKN2A is "
                + "named by 2 nodes (ARF (CDKN2A), p16INK4a (CDKN2A)): ranked once, with the first node's value\",\"the ranking holds "
                + "only the network's 14 measured genes: sets are tested against the other network genes, not the "
                + "genome; rank a file for a genome-wide test\",\"modules: 14 of the modules' 20 gene nodes found in "
                + "node column senescope::overlay_value of 'Senescence\u2013immunity network', by 13 identifiers; the "
                + "data's identifiers are HGNC symbols, matched exactly\",\"" + small("p53_p21_arrest", 3) + "\",\""
                + small("sasp_chemokines", 3) + "\",\"" + small("checkpoint_evasion", 3) + "\"]",
                json.get("notes").toString());
        assertEquals(3, json.get("setsTested").asInt());
        assertEquals(7, json.get("skipped").size());
        assertEquals("fewer genes in the data than the minimum size", json.get("skipped").get(1).get("reason").asText());
        CyTable table = cytoscape.tables.get(0);
        Map<String, Double> nes = new HashMap<>();
        table.getAllRows().forEach(r -> nes.put(r.get("gene_set", String.class), r.get("NES", Double.class)));
        for (String id : List.of("CCL2", "CDKN1A", "TP53")) {
            CyRow row = node(id);
            List<String> modules = row.getList("senescope::modules", String.class);
            List<String> listed = row.getList("senescope::gsea_sets", String.class);
            String first = modules.stream().filter(nes::containsKey).findFirst().orElseThrow();
            assertEquals(first, row.get("senescope::gsea_set", String.class));
            assertEquals(nes.get(first), row.get("senescope::gsea_nes", Double.class));
            assertEquals(modules.stream().filter(nes::containsKey).map(m -> m + ": "
                    + String.format(java.util.Locale.ROOT, "%.2f", nes.get(m))).toList(), listed);
        }
        assertFalse(node("apoptosis").isSet("senescope::gsea_sets"));
    }

    @Test
    void runningAgainReplacesTheTableAndTheNodeColumns() throws Exception {
        importLiverStat();
        task().run(new RecordingTaskMonitor());
        List<String> first = network.getDefaultNodeTable().columnNames();
        GeneSetAnalysisTask again = task();
        again.seed = 7;
        again.run(new RecordingTaskMonitor());
        assertEquals(1, cytoscape.tables.size(), "one Senescope GSEA table");
        assertEquals(first, network.getDefaultNodeTable().columnNames());
        importLiverStat();
        assertTrue(network.getDefaultNodeTable().columnNames().contains("senescope::gsea_nes"),
                "importing data again leaves the analysis's columns");
    }

    @Test
    void cancelledBeforeWritingLeavesEveryTableAsItWas() throws Exception {
        importLiverStat();
        List<String> before = network.getDefaultNodeTable().columnNames();
        GeneSetAnalysisTask task = task();
        task.run(new RecordingTaskMonitor().whenProgressReaches(0.9, task::cancel));
        assertEquals(before, network.getDefaultNodeTable().columnNames());
        assertTrue(cytoscape.tables.isEmpty());
        assertNull(task.getResults(JSONResult.class));
    }

    @Test
    void tooSmallSetsAreCountedByReasonAndNothingIsWritten() throws Exception {
        importLiverStat();
        List<String> before = network.getDefaultNodeTable().columnNames();
        GeneSetAnalysisTask task = task();
        task.minSize = 15;
        BadDataException e = assertThrows(BadDataException.class, () -> task.run(new RecordingTaskMonitor()));
        assertEquals("no gene set has between 15 and 500 genes in the ranking (node column senescope::overlay_value "
                + "of 'Senescence–immunity network', 14 genes; 10 sets skipped: 4 none of its genes are in the data, "
                + "6 fewer genes in the data than the minimum size); nothing written", e.getMessage());
        assertEquals(before, network.getDefaultNodeTable().columnNames());
        assertTrue(cytoscape.tables.isEmpty());
    }

    @Test
    void withoutAnImportedOverlayTheColumnIsMissing() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> task().run(new RecordingTaskMonitor()));
        assertEquals("rankColumn: the node table of 'Senescence–immunity network' has no column "
                + "'senescope::overlay_value': import expression data first (Apps > Senescope > Import expression "
                + "data...) or give rankFile", e.getMessage());
    }

    @Test
    void anotherNetworkHasNoModulesSoAGmtFileIsNeeded() throws Exception {
        ForeignNetworkImportTest.network(cytoscape, "symbols", List.of("CDKN1A", "CCL2", "TP53", "MYC"), Map.of());
        GeneSetAnalysisTask modulesOnly = task();
        modulesOnly.rankFile = P53_RANKS.toFile();
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> modulesOnly.run(new RecordingTaskMonitor()));
        assertEquals("no gene sets: test the modules of a Senescope network (modules=true) or give a GMT file "
                + "(gmtFile)", e.getMessage());
        GeneSetAnalysisTask withSets = task();
        withSets.rankFile = P53_RANKS.toFile();
        withSets.gmtFiles = SENESCENCE_SETS.toString();
        withSets.minSize = 15;
        withSets.run(new RecordingTaskMonitor());
        JsonNode json = json(withSets);
        assertTrue(Arrays.stream(json.get("notes").toString().split("\",")).anyMatch(
                n -> n.contains("not one Senescope built")), json.get("notes").toString());
        assertTrue(json.get("setsTested").asInt() > 0);
    }

    /** The note on a tested set of {@code genes} genes, under the small-set size. */
    private static String small(String set, int genes) {
        return "gene set '" + set + "': small set: " + genes + " genes in the data (under 15); about these genes, "
                + "not a pathway; one gene can carry its result";
    }
}
