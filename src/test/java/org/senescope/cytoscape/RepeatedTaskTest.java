package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.view.vizmap.VisualStyle;
import org.junit.jupiter.api.Test;
import org.senescope.workflow.ScOverlayResult;

/**
 * Issue 14: re-running a task that writes columns or styles gives the same style, the same view values and the same
 * columns every time: Build (each run a network of its own), GSEA and the cell-type columns on one network, several
 * runs each ({@link RepeatedImportTest} does the same for Import expression data).
 */
class RepeatedTaskTest {

    private static final BundledData BUNDLED = new BundledData();
    private static final int RUNS = 5;

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();

    /** Every node's and edge's visual property values in {@code view}, keyed by the element's name, not its SUID. */
    private static Map<String, Object> viewValues(MemoryNetworkView view) {
        Map<String, Object> values = new TreeMap<>();
        for (CyNode node : view.getModel().getNodeList()) {
            String name = view.getModel().getRow(node).get("name", String.class);
            ((MemoryView<?>) view.getNodeView(node)).values().forEach((vp, v) -> values.put("node " + name + " " + vp, v));
        }
        for (CyEdge edge : view.getModel().getEdgeList()) {
            String name = view.getModel().getRow(edge).get("name", String.class);
            ((MemoryView<?>) view.getEdgeView(edge)).values().forEach((vp, v) -> values.put("edge " + name + " " + vp, v));
        }
        return values;
    }

    /** The state of the Cytoscape but the unassigned tables and the current one, which each GSEA run makes anew. */
    private Map<String, Object> stateButTables() {
        Map<String, Object> state = new TreeMap<>(CytoscapeState.of(cytoscape));
        state.keySet().removeIf(k -> k.startsWith("unassigned ") || k.equals("current table"));
        return state;
    }

    /** A table's rows in order, each as its column values (SUIDs aside). */
    private static List<Map<String, Object>> rows(CyTable table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CyRow row : table.getAllRows()) {
            Map<String, Object> values = new TreeMap<>();
            for (CyColumn column : table.getColumns()) {
                Object value = row.get(column.getName(), column.getType());
                values.put(column.getName(), String.valueOf(value));
            }
            rows.add(values);
        }
        return rows;
    }

    @Test
    void buildGivesTheSameStyleAndViewEveryTime() throws Exception {
        List<Map<String, Object>> views = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            cytoscape.buildSeedNetwork(BUNDLED);
            MemoryNetworkView view = cytoscape.views.get(run);
            assertEquals("Senescope", cytoscape.getVisualStyle(view).getTitle());
            Map<String, Object> values = viewValues(view);
            assertEquals(58 + 125, values.keySet().stream().map(k -> k.substring(0, k.lastIndexOf(' '))).distinct()
                    .count(), "every node and edge has values under a name of its own");
            views.add(values);
        }
        for (int run = 1; run < RUNS; run++) {
            assertEquals(views.get(0), views.get(run), "view values of run " + (run + 1));
        }
        assertEquals(List.of("Senescope"), cytoscape.getAllVisualStyles().stream().map(VisualStyle::getTitle).toList());
        assertEquals(RUNS, cytoscape.getAllVisualStyles().stream().findFirst().map(s -> cytoscape.views.stream()
                .filter(v -> cytoscape.getVisualStyle(v) == s).count()).orElseThrow());
    }

    @Test
    void gseaGivesTheSameColumnsTableStyleAndViewEveryTime() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        // Ranked by the imported values, under the overlay style, as a user would run it.
        ImportExpressionTask imported = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        imported.file = ImportExpressionTaskTest.LIVER.toFile();
        imported.run(new RecordingTaskMonitor());
        Map<String, Object> before = stateButTables();
        Map<String, Object> first = null;
        List<Map<String, Object>> firstTable = null;
        for (int run = 1; run <= RUNS; run++) {
            GeneSetAnalysisTask gsea = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
            gsea.network = "SUID:" + network.getSUID();
            gsea.permutations = 200;
            gsea.run(new RecordingTaskMonitor());
            Map<String, Object> state = stateButTables();
            assertEquals(1, cytoscape.tables.size(), "one results table after run " + run);
            List<Map<String, Object>> table = rows(cytoscape.tables.get(0));
            if (first == null) {
                assertNotEquals(before, state, "GSEA wrote node columns");
                first = state;
                firstTable = table;
            } else {
                assertEquals(first, state, "columns, styles and view values after run " + run);
                assertEquals(firstTable, table, "results table after run " + run);
            }
        }
    }

    @Test
    void cellTypesGiveTheSameColumnsStyleAndViewEveryTime() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        ScOverlayResult types = TaskTransactionTest.pbmc("cell_type");
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        Map<String, Object> first = null;
        for (int run = 1; run <= RUNS; run++) {
            CellTypeOverlayTask.write(types, BUNDLED.build(), network, SenescopeNodes.of(network), cytoscape);
            Map<String, Object> state = CytoscapeState.of(cytoscape);
            if (first == null) {
                assertNotEquals(before, state, "the cell types were written");
                first = state;
            } else {
                assertEquals(first, state, "columns, styles and view values after run " + run);
            }
        }
    }
}
