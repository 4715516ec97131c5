package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyRow;
import org.cytoscape.work.Task;
import org.cytoscape.work.TaskIterator;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;

/**
 * The menu's Import expression data...: a file chooser, then a dialog whose lists pre-select what was detected in the
 * real liver DESeq2 table and the network's node table. Cytoscape runs the factory's task iterator; the tests do the
 * same, setting the dialog's choices where a user would.
 */
class ImportDialogTest {

    private static final Path LIVER = ImportExpressionTaskTest.LIVER;
    private static final BundledData BUNDLED = new BundledData();

    private MemoryCytoscape cytoscape;
    private SenescopeTaskFactory factory;

    @BeforeEach
    void startCytoscape() {
        cytoscape = new MemoryCytoscape();
        SessionOverlays overlays = new SessionOverlays();
        factory = new SenescopeTaskFactory(() -> new ChooseExpressionFileTask(cytoscape.services(), BUNDLED, overlays));
    }

    /** Runs the file step with {@code file} and returns the dialog step it inserted. */
    private ImportOptionsTask chooseFile(TaskIterator tasks, Path file) throws Exception {
        ChooseExpressionFileTask choose = (ChooseExpressionFileTask) tasks.next();
        choose.file = file.toFile();
        choose.run(new RecordingTaskMonitor());
        assertTrue(tasks.hasNext(), "the dialog step follows the file step");
        Task next = tasks.next();
        return assertInstanceOf(ImportOptionsTask.class, next);
    }

    @Test
    void theDialogPreSelectsTheDetectedColumnsAndSpecies() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        assertEquals("senescope::senescope_id", dialog.networkColumn.getSelectedValue());
        assertEquals("gene_symbol", dialog.idColumn.getSelectedValue());
        assertEquals("log2FoldChange", dialog.valueColumn.getSelectedValue());
        assertEquals("padj", dialog.padjColumn.getSelectedValue());
        assertEquals("human", dialog.species.getSelectedValue());
        assertEquals("most-significant", dialog.duplicates.getSelectedValue());
        assertEquals(List.of("(none)", "gene_symbol", "baseMean", "log2FoldChange", "lfcSE", "stat", "pvalue", "padj"),
                dialog.padjColumn.getPossibleValues());
        assertEquals(List.of("auto", "human", "mouse"), dialog.species.getPossibleValues());
        assertTrue(dialog.networkColumn.getPossibleValues().containsAll(List.of("senescope::senescope_id", "name")),
                dialog.networkColumn.getPossibleValues().toString());
    }

    @Test
    void acceptingTheDefaultsImportsAsTheCommandDoes() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        dialog.run(new RecordingTaskMonitor());
        CyRow cdkn1a = network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", "CDKN1A").iterator()
                .next();
        assertEquals(0.761776482000593, cdkn1a.get("senescope::overlay_value", Double.class));
        assertEquals(0.490914133925617, cdkn1a.get("senescope::overlay_padj", Double.class));
        assertEquals(17, new ObjectMapper().readTree(dialog.getResults(JSONResult.class).getJSON())
                .get("measuredNodes").asInt());
    }

    @Test
    void aFailureNamesTheDialogsChoicesNotCommandLineOptions() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        dialog.idColumn.setSelectedValue("baseMean");
        SenescopeException e = assertThrows(SenescopeException.class, () -> dialog.run(new RecordingTaskMonitor()));
        assertEquals(LIVER + ":1:2: no identifier matched the network: column 'baseMean' holds no gene identifier "
                + "(none of its 19053 values is an HGNC symbol, an Ensembl, Entrez or MGI id); name the identifier "
                + "column with idColumn, or give species mouse if these are mouse genes written in capitals",
                e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void aChangedChoiceIsUsed() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        dialog.valueColumn.setSelectedValue("stat");
        dialog.padjColumn.setSelectedValue(ImportOptionsTask.NONE);
        dialog.run(new RecordingTaskMonitor());
        CyRow cdkn1a = network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", "CDKN1A").iterator()
                .next();
        assertEquals(2.95039888951236, cdkn1a.get("senescope::overlay_value", Double.class));
        assertFalse(network.getDefaultNodeTable().columnNames().contains("senescope::overlay_padj")
                && cdkn1a.isSet("senescope::overlay_padj"), "no adjusted p-value column chosen");
    }

    @Test
    void aMinimumExpressionIsUsedAsByTheImportCommandAndANonNumberIsRefused() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        assertEquals("", dialog.minExpression, "no filter unless asked");
        dialog.minExpression = "10";
        dialog.run(new RecordingTaskMonitor());
        assertTrue(dialog.getResults(String.class).contains("Below --min-expression: 2 gene nodes drawn not expressed "
                + "(IL12, PDCD1)"), dialog.getResults(String.class));
        ImportOptionsTask refused = chooseFile(factory.createTaskIterator(), LIVER);
        refused.minExpression = "ten";
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> refused.run(new RecordingTaskMonitor()));
        assertEquals("minExpression: expected a number or nothing, found 'ten'", e.getMessage());
        assertNull(refused.getResults(String.class), "nothing imported");
    }

    @Test
    void aMatrixOffersAllItsSamplesAsOneChoice() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(),
                Path.of("../shared/data/gsea-p53/P53_collapsed_symbols.gct"));
        String all = dialog.valueColumn.getSelectedValue();
        assertTrue(all.startsWith("all 50 detected: 786-0, BT-549, CCRF-CEM, COLO 205"), all);
        assertEquals(ImportOptionsTask.NONE, dialog.padjColumn.getSelectedValue());
        assertEquals("NAME", dialog.idColumn.getSelectedValue());
        dialog.run(new RecordingTaskMonitor());
        JsonNode json = new ObjectMapper().readTree(dialog.getResults(JSONResult.class).getJSON());
        assertEquals(10100, json.get("rows").asInt());
        assertTrue(json.get("nodeColumns").size() >= 50, json.get("nodeColumns").toString());
        assertTrue(network.getDefaultNodeTable().columnNames().stream().anyMatch(c -> c.contains("COLO")),
                "a column per sample");
    }

    @Test
    void cancellingTheDialogLeavesTheTablesUnchanged() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        List<String> before = network.getDefaultNodeTable().columnNames();
        TaskIterator tasks = factory.createTaskIterator();
        chooseFile(tasks, LIVER);
        // Cytoscape's Cancel on the dialog: the dialog's task is never run.
        assertEquals(before, network.getDefaultNodeTable().columnNames());
        assertEquals("Senescope", cytoscape.getVisualStyle(cytoscape.views.get(0)).getTitle());
    }

    @Test
    void cancellingWhileTheFileIsReadInsertsNoDialog() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        TaskIterator tasks = factory.createTaskIterator();
        ChooseExpressionFileTask choose = (ChooseExpressionFileTask) tasks.next();
        choose.file = LIVER.toFile();
        choose.cancel();
        choose.run(new RecordingTaskMonitor());
        assertFalse(tasks.hasNext());
    }

    @Test
    void onAnotherNetworkTheDetectedNodeColumnIsPreSelected() throws Exception {
        MemoryNetwork network = ForeignNetworkImportTest.network(cytoscape, "numbered",
                List.of("node 1", "node 2", "node 3"), Map.of("entrez", List.of(1026, 6347, 2597)));
        ImportOptionsTask dialog = chooseFile(factory.createTaskIterator(), LIVER);
        assertEquals(List.of("entrez"), dialog.networkColumn.getPossibleValues());
        dialog.run(new RecordingTaskMonitor());
        assertEquals(1.72790119315577, network.getDefaultNodeTable().getMatchingRows("name", "node 2").iterator()
                .next().get("senescope::overlay_value", Double.class));
    }
}
