package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senescope.failure.BadRequestException;
import org.senescope.model.overlay.IdentifierKind;

/**
 * Import expression data on networks Senescope did not build (a STRING or pathway network as a user opens it): the
 * node table's columns are searched for gene identifiers with the overlay's detector, the best one is used, and the
 * real liver DESeq2 table is mapped onto those nodes with the same report as on the seed network.
 */
class ForeignNetworkImportTest {

    private static final Path LIVER = ImportExpressionTaskTest.LIVER;
    private static final BundledData BUNDLED = new BundledData();

    private MemoryCytoscape cytoscape;

    @BeforeEach
    void startCytoscape() {
        cytoscape = new MemoryCytoscape();
    }

    /** A network of nodes named {@code names}, with extra node columns, as Cytoscape's table import leaves it. */
    static MemoryNetwork network(MemoryCytoscape cytoscape, String title, List<String> names,
                                 Map<String, List<?>> extraColumns) {
        MemoryNetwork network = (MemoryNetwork) cytoscape.createNetwork();
        network.getRow(network).set("name", title);
        extraColumns.forEach((column, values) -> network.getDefaultNodeTable().createColumn(column,
                values.stream().filter(v -> v != null).findFirst().orElseThrow().getClass(), false));
        for (int i = 0; i < names.size(); i++) {
            CyNode node = network.addNode();
            network.getRow(node).set("name", names.get(i));
            network.getRow(node).set("shared name", names.get(i));
            for (Map.Entry<String, List<?>> column : extraColumns.entrySet()) {
                network.getRow(node).set(column.getKey(), column.getValue().get(i));
            }
        }
        cytoscape.addNetwork(network);
        return network;
    }

    private static CyRow row(MemoryNetwork network, String name) {
        return network.getDefaultNodeTable().getMatchingRows("name", name).iterator().next();
    }

    private ImportExpressionTask task() {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        task.file = LIVER.toFile();
        return task;
    }

    @Test
    void nodesNamedByEnsemblIdsGetTheValuesOfTheirSymbols() throws Exception {
        MemoryNetwork network = network(cytoscape, "Ensembl pathway", List.of("ENSG00000124762", "ENSG00000108691",
                "ENSG00000141510", "ENSG00000136997", "not-a-gene"), Map.of());
        ImportExpressionTask task = task();
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        task.run(monitor);
        assertEquals(0.761776482000593, row(network, "ENSG00000124762").get("senescope::overlay_value", Double.class));
        assertEquals(1.72790119315577, row(network, "ENSG00000108691").get("senescope::overlay_value", Double.class));
        assertEquals(0.221203669717059, row(network, "ENSG00000141510").get("senescope::overlay_value", Double.class));
        assertEquals("CCL2", row(network, "ENSG00000108691").get("senescope::overlay_input_id", String.class));
        assertFalse(row(network, "not-a-gene").isSet("senescope::overlay_value"));
        assertTrue(network.getDefaultEdgeTable().columnNames().stream().noneMatch(c -> c.startsWith("senescope::")),
                "no curated edges, so no edge consistency column");
        assertTrue(monitor.messages.contains("INFO Network genes from node column 'name': Ensembl gene id (human), "
                + "4 of 5 nodes name a gene; 1 nodes name no gene and stay unmeasured"), monitor.messages.toString());
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertEquals("name", json.get("networkColumn").asText());
        assertEquals(4, json.get("geneNodes").asInt());
        assertEquals(4, json.get("measuredNodes").asInt());
        int sum = 0;
        for (JsonNode count : json.get("rowsByOutcome")) {
            sum += count.asInt();
        }
        assertEquals(19053, sum, "every row of the file in exactly one outcome");
        assertEquals(4, json.get("rowsByOutcome").get("used").asInt());
    }

    @Test
    void theColumnNamingMostGenesIsChosenAndNameWinsATie() {
        MemoryNetwork network = network(cytoscape, "symbols", List.of("CDKN1A", "CCL2", "TP53", "MYC"),
                Map.of("entrez", List.of(1026, 6347, 7157, 4609), "description",
                        List.of("p21", "MCP-1", "tumour suppressor", "oncogene"),
                        "ensembl", List.of("ENSG00000124762", "ENSG00000108691", "", "")));
        List<NodeIdentifierColumns.Found> found = NodeIdentifierColumns.detect(network, BUNDLED.genes());
        assertEquals(List.of("name", "shared name", "entrez", "ensembl"),
                found.stream().map(NodeIdentifierColumns.Found::column).filter(c -> !c.equals("description")).toList());
        assertEquals(IdentifierKind.HUMAN_SYMBOL, found.get(0).detected().kind());
        assertEquals(IdentifierKind.HUMAN_ENTREZ, found.get(2).detected().kind());
        assertEquals(4, found.get(2).genes(), "Entrez ids in a number column, as Cytoscape types them");
        assertEquals(2, found.get(3).genes());
    }

    @Test
    void aNamedNetworkColumnIsUsedAndImportingAgainReplacesTheColumns() throws Exception {
        MemoryNetwork network = network(cytoscape, "numbered", List.of("node 1", "node 2", "node 3"),
                Map.of("entrez", List.of(1026, 6347, 2597)));
        ImportExpressionTask task = task();
        task.networkColumn = "entrez";
        task.run(new RecordingTaskMonitor());
        assertEquals(0.212829281609018, row(network, "node 3").get("senescope::overlay_value", Double.class));
        List<String> first = network.getDefaultNodeTable().columnNames();
        ImportExpressionTask again = task();
        again.valueColumns = "stat";
        again.run(new RecordingTaskMonitor());
        List<String> second = network.getDefaultNodeTable().columnNames();
        assertEquals(second.stream().distinct().count(), second.size());
        assertEquals(first.size(), second.size(), first + " / " + second);
        assertEquals(2.95039888951236, row(network, "node 1").get("senescope::overlay_value", Double.class));
    }

    @Test
    void aMouseNetworkTakesHumanDataThroughTheOrthologTable() throws Exception {
        MemoryNetwork network = network(cytoscape, "mouse", List.of("Cdkn1a", "Ccl2", "Trp53"), Map.of());
        task().run(new RecordingTaskMonitor());
        assertEquals(0.761776482000593, row(network, "Cdkn1a").get("senescope::overlay_value", Double.class));
        assertEquals(1.72790119315577, row(network, "Ccl2").get("senescope::overlay_value", Double.class));
    }

    @Test
    void mouseEnsemblIdsInAnotherColumnReachTheirHumanOrthologsData() throws Exception {
        MemoryNetwork network = network(cytoscape, "mouse Ensembl", List.of("a", "b", "c"),
                Map.of("ensembl", List.of("ENSMUSG00000023067", "ENSMUSG00000035385.7", "ENSMUSG00000000001")));
        NodeIdentifierColumns.Found found = NodeIdentifierColumns.detect(network, BUNDLED.genes()).get(0);
        assertEquals("ensembl", found.column());
        assertEquals(IdentifierKind.MOUSE_ENSEMBL, found.detected().kind());
        assertEquals(2, found.genes(), "only ids of the ortholog table name a gene");
        task().run(new RecordingTaskMonitor());
        assertEquals(0.761776482000593, row(network, "a").get("senescope::overlay_value", Double.class));
        assertEquals(1.72790119315577, row(network, "b").get("senescope::overlay_value", Double.class));
        assertFalse(row(network, "c").isSet("senescope::overlay_value"));
    }

    @Test
    void aNetworkWithoutGeneIdentifiersIsRefusedSayingWhichColumnsWereRead() {
        // Entrez ids 12 and 40 exist: a count column must not be read as genes.
        MemoryNetwork network = network(cytoscape, "clusters", List.of("cluster 1", "cluster 2"),
                Map.of("size", List.of(12, 40)));
        List<String> before = network.getDefaultNodeTable().columnNames();
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> task().run(new RecordingTaskMonitor()));
        assertEquals("The network 'clusters' has no node column of gene identifiers: none of the columns read (shared "
                + "name, name) holds HGNC symbols, Ensembl, Entrez or UniProt ids, or MGI symbols that name a gene "
                + "of the gene tables (number columns are read when their name says entrez, ncbi or gene); add such a "
                + "column, or build the network with Apps > Senescope > Build senescence–immunity network",
                e.getMessage());
        assertEquals(before, network.getDefaultNodeTable().columnNames());
    }

    @Test
    void aNamedColumnThatIsMissingOrNamesNoGeneIsRefused() {
        network(cytoscape, "symbols", List.of("CDKN1A", "CCL2"), Map.of("note", List.of("a", "b")));
        ImportExpressionTask missing = task();
        missing.networkColumn = "gene";
        assertEquals("networkColumn: the node table has no column 'gene'",
                assertThrows(BadRequestException.class, () -> missing.run(new RecordingTaskMonitor())).getMessage());
        ImportExpressionTask notes = task();
        notes.networkColumn = "note";
        assertEquals("networkColumn: no value of node column 'note' names a gene of the gene tables",
                assertThrows(BadRequestException.class, () -> notes.run(new RecordingTaskMonitor())).getMessage());
    }

    @Test
    void theSeedNetworkCanStillBeMappedByAnotherColumn() throws Exception {
        MemoryNetwork seed = cytoscape.buildSeedNetwork(BUNDLED);
        ImportExpressionTask task = task();
        task.networkColumn = "name";
        task.run(new RecordingTaskMonitor());
        CyRow ccl2 = seed.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", "CCL2").iterator().next();
        assertEquals(1.72790119315577, ccl2.get("senescope::overlay_value", Double.class));
        assertNull(seed.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", "apoptosis").iterator().next()
                .get("senescope::overlay_value", Double.class));
    }
}
