package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.senescope.workflow.ScOverlayResult;

/**
 * Issue 14: the adapter's columns in Cytoscape's network collections. A column made through a network's default table
 * is a shared (root) column of its collection (cytoscape-impl's {@code LocalTableFacade}, modelled by
 * {@link MemoryTable}): every network of the collection shows it, a node has one value in all of them, and deleting it
 * through one deletes it from all. Each Build starts a collection of its own.
 */
class CollectionColumnsTest {

    private static final BundledData BUNDLED = new BundledData();
    private static final String VALUE = "senescope::overlay_value";

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();
    private final SessionOverlays overlays = new SessionOverlays();

    @AfterEach
    void failNothing() {
        MemoryTable.failNothing();
    }

    private void importLiver(CyNetwork network, String valueColumns) throws Exception {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        task.file = ImportExpressionTaskTest.LIVER.toFile();
        task.network = "SUID:" + network.getSUID();
        task.valueColumns = valueColumns;
        task.run(new RecordingTaskMonitor());
    }

    /** What {@link CytoscapeState} holds of one network's tables. */
    private Map<String, Object> tablesOf(CyNetwork network) {
        Map<String, Object> tables = new TreeMap<>(CytoscapeState.of(cytoscape));
        tables.keySet().removeIf(key -> !key.startsWith("network " + network.getSUID() + " "));
        return tables;
    }

    private static Map<CyNode, Object> values(CyNetwork network) {
        Map<CyNode, Object> values = new java.util.HashMap<>();
        for (CyNode node : network.getNodeList()) {
            Object value = network.getRow(node).get(VALUE, Double.class);
            if (value != null) {
                values.put(node, value);
            }
        }
        return values;
    }

    /** A network of {@code whole}'s collection with its first 30 nodes, registered and current. */
    private MemoryNetwork part(MemoryNetwork whole) {
        MemoryNetwork part = whole.subNetwork(whole.getNodeList().subList(0, 30));
        cytoscape.addNetwork(part);
        return part;
    }

    @Test
    void twoBuildsAreTwoCollectionsAndAnImportIntoOneLeavesTheOtherAsItWas() throws Exception {
        MemoryNetwork first = cytoscape.buildSeedNetwork(BUNDLED);
        MemoryNetwork second = cytoscape.buildSeedNetwork(BUNDLED);
        Map<String, Object> before = tablesOf(first);
        importLiver(second, "");
        assertEquals(before, tablesOf(first));
        assertNull(first.getDefaultNodeTable().getColumn(VALUE));
        assertEquals(17, values(second).size());
    }

    @Test
    void anImportIntoOneNetworkOfACollectionWritesTheCollectionsColumns() throws Exception {
        MemoryNetwork whole = cytoscape.buildSeedNetwork(BUNDLED);
        MemoryNetwork part = part(whole);
        // Build's columns are the collection's: the new network shows them with the built network's values.
        for (CyNode node : part.getNodeList()) {
            assertEquals(whole.getRow(node).get(OverlayTarget.SENESCOPE_ID, String.class),
                    part.getRow(node).get(OverlayTarget.SENESCOPE_ID, String.class));
        }
        importLiver(part, "");
        Map<CyNode, Object> inPart = values(part);
        assertFalse(inPart.isEmpty());
        assertTrue(whole.getDefaultNodeTable().columnNames().contains(VALUE), "the column is the collection's");
        assertEquals(inPart, values(whole), "the whole network shows the part's values, its other nodes none");
        importLiver(whole, "");
        Map<CyNode, Object> inWhole = values(whole);
        assertEquals(17, inWhole.size());
        assertEquals(1, whole.getDefaultNodeTable().columnNames().stream().filter(VALUE::equals).count());
        inWhole.keySet().retainAll(part.getNodeList());
        assertEquals(inWhole, values(part), "the part now shows the whole's import");
    }

    /** GSEA (200 permutations) on {@code network}. */
    private void gsea(CyNetwork network) throws Exception {
        GeneSetAnalysisTask task = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
        task.network = "SUID:" + network.getSUID();
        task.permutations = 200;
        task.run(new RecordingTaskMonitor());
    }

    /** How many nodes of {@code whole} outside {@code part} have a value in {@code column}. */
    private static long valuesOutside(MemoryNetwork whole, MemoryNetwork part, String column, Class<?> type) {
        return whole.getNodeList().stream().filter(n -> !part.getNodeList().contains(n))
                .filter(n -> whole.getRow(n).get(column, type) != null).count();
    }

    /**
     * Issue 14: an import into one network of a collection that fails at any column step (each creation, each
     * deletion) changes nothing anywhere in the collection: the earlier import's shared columns come back with their
     * values on every node, edge and network row of the collection, not only on this network's rows, as the task
     * snapshots the root network's shared tables ({@link ColumnSnapshot#ofCollection}).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anImportFailingInOneNetworkOfACollectionChangesNothingInIt(boolean creation) throws Exception {
        MemoryNetwork whole = cytoscape.buildSeedNetwork(BUNDLED);
        importLiver(whole, "");
        MemoryNetwork part = part(whole);
        assertEquals(17 - values(part).size(), valuesOutside(whole, part, VALUE, Double.class));
        assertTrue(valuesOutside(whole, part, VALUE, Double.class) > 0, "the earlier import has values outside the part");
        int failures = TaskTransactionTest.failEachColumnStep(cytoscape, creation, () -> importLiver(part, "stat"));
        // The earlier import's 21 shared overlay columns are deleted and 21 made, each failing once.
        assertEquals(21, failures);
    }

    /** The same for GSEA: an earlier run's node columns keep their values on the collection's other nodes. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void gseaFailingInOneNetworkOfACollectionChangesNothingInIt(boolean creation) throws Exception {
        MemoryNetwork whole = cytoscape.buildSeedNetwork(BUNDLED);
        importLiver(whole, "");
        gsea(whole);
        MemoryNetwork part = part(whole);
        assertTrue(valuesOutside(whole, part, GseaColumns.NES, Double.class) > 0,
                "the earlier GSEA has values outside the part");
        int failures = TaskTransactionTest.failEachColumnStep(cytoscape, creation, () -> gsea(part));
        assertEquals(creation ? 4 + 14 : 4, failures);
    }

    /** The same for the single-cell cell types (nodes and the network row). */
    @Test
    void cellTypesFailingInOneNetworkOfACollectionChangeNothingInIt() throws Exception {
        MemoryNetwork whole = cytoscape.buildSeedNetwork(BUNDLED);
        CellTypeOverlayTask.write(TaskTransactionTest.pbmc("cell_type_coarse"), BUNDLED.build(), whole,
                SenescopeNodes.of(whole), cytoscape);
        MemoryNetwork part = part(whole);
        long outside = whole.getDefaultNodeTable().columnNames().stream().filter(CellTypeColumns::isCellTypeColumn)
                .mapToLong(c -> valuesOutside(whole, part, c, Object.class)).sum();
        assertTrue(outside > 0, "the earlier run has values outside the part");
        ScOverlayResult fine = TaskTransactionTest.pbmc("cell_type");
        int failures = TaskTransactionTest.failEachColumnStep(cytoscape, true, () -> CellTypeOverlayTask.write(
                fine, BUNDLED.build(), part, SenescopeNodes.of(part), cytoscape));
        assertEquals(21, failures);
    }
}
