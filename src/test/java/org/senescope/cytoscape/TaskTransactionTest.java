package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.senescope.workflow.CellDataChoice;
import org.senescope.workflow.CellTypeChoice;
import org.senescope.workflow.ScOverlayJob;
import org.senescope.workflow.ScOverlayRequest;
import org.senescope.workflow.ScOverlayResult;

/**
 * Issue 14: Import expression data, GSEA and Single-cell cell types (issue 16) failing at any step of writing into Cytoscape (each column creation and
 * deletion in turn, the table's creation and registration, the current table, the style's steps) leave the networks,
 * tables, columns, values, styles and views exactly as they were before the task ran.
 */
class TaskTransactionTest {

    private static final BundledData BUNDLED = new BundledData();

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();
    private final SessionOverlays overlays = new SessionOverlays();
    private MemoryNetwork network;

    @AfterEach
    void failNothing() {
        MemoryTable.failNothing();
        MemoryVisualStyle.failApply = false;
    }

    private void importLiver(String valueColumns) throws Exception {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        task.file = ImportExpressionTaskTest.LIVER.toFile();
        task.network = "SUID:" + network.getSUID();
        task.valueColumns = valueColumns;
        task.run(new RecordingTaskMonitor());
    }

    private void gsea() throws Exception {
        GeneSetAnalysisTask task = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
        task.network = "SUID:" + network.getSUID();
        task.permutations = 200;
        task.run(new RecordingTaskMonitor());
    }

    /** A network with an earlier import (log2FoldChange), a GSEA table and its node columns. */
    private void buildImportAndAnalyse() throws Exception {
        network = cytoscape.buildSeedNetwork(BUNDLED);
        importLiver("");
        gsea();
    }

    interface Run {
        void run() throws Exception;
    }

    /**
     * Runs {@code task} with the k-th column creation (or deletion) failing, k = 1, 2, ... until it runs through;
     * after each failure the state must be the one before. Returns how many failures were injected.
     */
    private int failEachColumnStep(boolean creation, Run task) throws Exception {
        return failEachColumnStep(cytoscape, creation, task);
    }

    /** {@link #failEachColumnStep(boolean, Run)} in {@code cytoscape}. */
    static int failEachColumnStep(MemoryCytoscape cytoscape, boolean creation, Run task) throws Exception {
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        for (int k = 1; ; k++) {
            if (creation) {
                MemoryTable.failingCreation = k;
            } else {
                MemoryTable.failingDeletion = k;
            }
            try {
                task.run();
            } catch (IllegalStateException e) {
                assertTrue(e.getMessage().startsWith("injected failure in "), e.getMessage());
                assertEquals(before, CytoscapeState.of(cytoscape), "after failure " + k);
                continue;
            }
            MemoryTable.failNothing();
            assertNotEquals(before, CytoscapeState.of(cytoscape), "the task ran through and changed the tables");
            return k - 1;
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void importFailingAtAnyColumnStepLeavesEverythingAsItWas(boolean creation) throws Exception {
        buildImportAndAnalyse();
        int failures = failEachColumnStep(creation, () -> importLiver("stat"));
        // The earlier import's 21 overlay columns (nodes, edges, network; overlay_label_color and the three member
        // chart columns among them) are deleted and 21 made, each failing once.
        assertEquals(21, failures);
    }

    @Test
    void gseaFailingAtAnyColumnStepLeavesEverythingAsItWas() throws Exception {
        buildImportAndAnalyse();
        assertEquals(4 + 14, failEachColumnStep(true, this::gsea));
    }

    @Test
    void gseaFailingAtAnyColumnDeletionLeavesEverythingAsItWas() throws Exception {
        buildImportAndAnalyse();
        assertEquals(4, failEachColumnStep(false, this::gsea));
    }

    @ParameterizedTest
    @ValueSource(strings = {"createTable", "addTable", "setCurrentTable", "deleteTable"})
    void gseaFailingAtATableStepLeavesEverythingAsItWas(String step) throws Exception {
        buildImportAndAnalyse();
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        cytoscape.failAt = step;
        IllegalStateException e = assertThrows(IllegalStateException.class, this::gsea);
        assertEquals("injected failure in " + step, e.getMessage());
        assertEquals(before, CytoscapeState.of(cytoscape));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flushPayloadEvents", "setVisualStyle", "apply"})
    void importFailingAtAStyleStepLeavesEverythingAsItWas(String step) throws Exception {
        buildImportAndAnalyse();
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        fail(step);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> importLiver("stat"));
        assertEquals("injected failure in " + step, e.getMessage());
        assertEquals(before, CytoscapeState.of(cytoscape));
    }

    @ParameterizedTest
    @ValueSource(strings = {"flushPayloadEvents", "addVisualStyle", "setVisualStyle", "apply"})
    void aFirstImportFailingAtAStyleStepLeavesNoOverlayStyleOrColumn(String step) throws Exception {
        network = cytoscape.buildSeedNetwork(BUNDLED);
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        fail(step);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> importLiver(""));
        assertEquals("injected failure in " + step, e.getMessage());
        assertEquals(before, CytoscapeState.of(cytoscape));
        assertEquals(1, cytoscape.getAllVisualStyles().size());
    }

    private static final Map<String, ScOverlayResult> PBMC = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * PBMC 1k's cell types on the bundled network, as the sc-overlay job computes them; once a column for every test
     * of the run (it reads 1M values), as a result is not changed by writing it.
     */
    static synchronized ScOverlayResult pbmc(String column) throws Exception {
        ScOverlayResult known = PBMC.get(column);
        if (known != null) {
            return known;
        }
        ScOverlayResult result = new ScOverlayJob(BUNDLED::build, BUNDLED::genes).run(new ScOverlayRequest(
                CellDataChoice.of(CellTypeOverlayTaskTest.FOLDER), new CellTypeChoice.FileColumn(
                        CellTypeOverlayTaskTest.TYPES, column), 0.1, Path.of("unused")));
        PBMC.put(column, result);
        return result;
    }

    private void writeCellTypes(ScOverlayResult values) {
        CellTypeOverlayTask.write(values, BUNDLED.build(), network, SenescopeNodes.of(network), cytoscape);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cellTypesFailingAtAnyColumnStepLeaveEverythingAsItWas(boolean creation) throws Exception {
        buildImportAndAnalyse();
        writeCellTypes(pbmc("cell_type_coarse"));
        ScOverlayResult fine = pbmc("cell_type");
        int failures = failEachColumnStep(creation, () -> writeCellTypes(fine));
        // The coarse run's 5 types x 2 + 3 node and 4 network columns are deleted; the 7 types' 7 x 2 + 3 and 4 made.
        assertEquals(creation ? 21 : 17, failures);
    }

    @Test
    void theCellTypeTaskFailingWhileWritingLeavesEverythingAsItWas() throws Exception {
        buildImportAndAnalyse();
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        MemoryTable.failingCreation = 5;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CellTypeOverlayTaskTest.task(
                cytoscape, BUNDLED, CellTypeOverlayTaskTest.FOLDER, "cell_type").run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().startsWith("injected failure in "), e.getMessage());
        assertEquals(before, CytoscapeState.of(cytoscape));
    }

    private void fail(String step) {
        if (step.equals("apply")) {
            MemoryVisualStyle.failApply = true;
        } else {
            cytoscape.failAt = step;
        }
    }
}
