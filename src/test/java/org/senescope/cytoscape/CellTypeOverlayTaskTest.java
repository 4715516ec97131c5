package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.ScOverlayPseudobulkTest;
import org.senescope.failure.BadRequestException;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.workflow.CellDataChoice;
import org.senescope.workflow.CellTypeChoice;
import org.senescope.workflow.PseudobulkJob;
import org.senescope.workflow.PseudobulkRequest;
import org.senescope.workflow.PseudobulkResult;
import org.senescope.workflow.ScOverlayJob;
import org.senescope.workflow.ScOverlayRequest;

/**
 * Issue 16: Apps &gt; Senescope &gt; Single-cell cell types... and {@code senescope sc-overlay} on the real PBMC 1k
 * data put the command line's sc-overlay values onto the built network as {@code senescope::celltype_*} node columns,
 * the same from the 10x folder (or its matrix.mtx.gz), the .h5 and the .h5ad; a second run replaces the first's
 * columns; and a network Senescope did not build is refused before anything is read.
 */
class CellTypeOverlayTaskTest {

    static final Path PBMC = Path.of("../shared/data/single-cell/pbmc1k_v2");
    static final Path FOLDER = PBMC.resolve("filtered_feature_bc_matrix");
    static final Path TYPES = PBMC.resolve("cell_annotations.tsv");
    private static final BundledData BUNDLED = new BundledData();
    private static final List<String> CELL_TYPES = List.of("CD14 Mono", "CD4 T", "NK", "B", "CD8 T", "FCGR3A Mono",
            "Platelet");

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();

    static CellTypeOverlayTask task(MemoryCytoscape cytoscape, BundledData bundled, Path data, String column) {
        CellTypeOverlayTask task = new CellTypeOverlayTask(cytoscape.services(), bundled);
        task.data = data.toFile();
        task.cellTypes = TYPES.toFile();
        task.cellTypeColumn = column;
        return task;
    }

    private static Map<String, CyNode> nodes(CyNetwork network) {
        return SenescopeNodes.of(network).nodes();
    }

    private static List<String> cellTypeColumns(CyNetwork network) {
        List<String> names = new ArrayList<>();
        for (CyColumn c : network.getDefaultNodeTable().getColumns()) {
            if (c.getName().startsWith("senescope::celltype")) {
                names.add(c.getName());
            }
        }
        return names;
    }

    @Test
    void theNodeColumnsHoldTheCommandLinesValues() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        CellTypeOverlayTask task = task(cytoscape, BUNDLED, FOLDER, "cell_type");
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        task.run(monitor);
        NodeCellTypes job = new ScOverlayJob().run(new ScOverlayRequest(CellDataChoice.of(FOLDER),
                new CellTypeChoice.FileColumn(TYPES, "cell_type"), 0.1, Path.of("unused"))).nodes();
        assertEquals(CELL_TYPES, job.types());
        List<String> expected = new ArrayList<>();
        for (String type : CELL_TYPES) {
            String plain = type.replace(' ', '_');
            expected.add("senescope::celltype_fraction_" + plain);
            expected.add("senescope::celltype_mean_" + plain);
        }
        expected.addAll(List.of("senescope::celltypes_expressing", "senescope::celltype_top",
                "senescope::celltype_genes"));
        assertEquals(expected, cellTypeColumns(network));
        Map<String, CyNode> nodes = nodes(network);
        int checked = 0;
        for (Map.Entry<String, CyNode> node : nodes.entrySet()) {
            NodeCellTypes.NodeExpression values = job.byNode().get(node.getKey());
            for (int t = 0; t < CELL_TYPES.size(); t++) {
                String plain = CELL_TYPES.get(t).replace(' ', '_');
                Double fraction = network.getRow(node.getValue()).get("senescope::celltype_fraction_" + plain,
                        Double.class);
                Double mean = network.getRow(node.getValue()).get("senescope::celltype_mean_" + plain, Double.class);
                if (values == null) {
                    assertNull(fraction, node.getKey());
                    assertNull(mean, node.getKey());
                } else {
                    assertEquals(values.fraction(t), fraction, 0, node.getKey());
                    assertEquals(values.mean(t), mean, 0, node.getKey());
                    checked++;
                }
            }
        }
        assertEquals(job.byNode().size() * CELL_TYPES.size(), checked);
        CyNode klrk1 = nodes.get("KLRK1");
        assertTrue(network.getRow(klrk1).get("senescope::celltype_fraction_NK", Double.class)
                > network.getRow(klrk1).get("senescope::celltype_fraction_CD14_Mono", Double.class),
                "NKG2D is an NK-cell receptor");
        assertEquals(List.of("KLRK1"), network.getRow(klrk1).getList("senescope::celltype_genes", String.class));
        assertEquals(List.of("CD4 T", "NK", "CD8 T", "Platelet"),
                network.getRow(nodes.get("CCL5")).getList("senescope::celltypes_expressing", String.class));
        assertEquals(List.of("MICA", "MICB", "RAET1E", "RAET1G", "ULBP2", "ULBP1", "RAET1L", "ULBP3"),
                network.getRow(nodes.get("NKG2D_ligands")).getList("senescope::celltype_genes", String.class));
        assertEquals("cell_type", network.getRow(network).get("senescope::celltype_column", String.class));
        assertEquals(CELL_TYPES, network.getRow(network).getList("senescope::celltype_types", String.class));
        assertEquals(0.1, network.getRow(network).get("senescope::celltype_min_fraction", Double.class));

        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertEquals(network.getSUID().longValue(), json.get("network").longValue());
        assertEquals(FOLDER.toString(), json.get("data").asText());
        assertEquals("cell_type", json.get("cellTypeColumn").asText());
        assertEquals(CELL_TYPES.toString(), texts(json.get("cellTypes")).toString());
        assertEquals(job.byNode().size(), json.get("measuredNodes").intValue());
        assertEquals(expected, texts(json.get("nodeColumns")));
        assertEquals(job.byNode().size() + " gene nodes measured, in 7 cell types of cell_type",
                task.getResults(String.class));
        assertTrue(monitor.messages.contains("INFO Note: values of pbmc1k_v2: counts (every value a "
                + "non-negative whole number); mean of the counts log-normalised as Seurat's NormalizeData does "
                + "(log1p(count / cell total x 10,000)), zeros included"), monitor.messages.toString());
    }

    @Test
    void thePseudobulkContrastsLogFoldChangeAndAdjustedPAreNodeColumnsUntilARunWithout(@TempDir Path dir)
            throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        Path cells = ScOverlayPseudobulkTest.split(dir);
        CellTypeOverlayTask task = task(cytoscape, BUNDLED, FOLDER, "cell_type");
        task.cellTypes = cells.toFile();
        task.sampleColumn = "sample";
        task.cellType = "CD14 Mono";
        task.conditionColumn = "condition";
        task.contrast = "B-A";
        task.run(new RecordingTaskMonitor());
        PseudobulkResult pseudobulk = PseudobulkJob.run(new PseudobulkRequest(CellDataChoice.of(FOLDER), cells,
                "cell_type", "sample", List.of("CD14 Mono"), new PseudobulkRequest.Conditions("condition", "B-A"),
                dir.resolve("unused")));
        Map<String, double[]> de = ScOverlayPseudobulkTest.deTable(
                ((PseudobulkResult.Tested) pseudobulk.de()).table().lines().toList());
        List<String> contrastColumns = List.of("senescope::celltype_pseudobulk_logfc",
                "senescope::celltype_pseudobulk_padj", "senescope::celltype_pseudobulk_gene");
        assertEquals(contrastColumns, cellTypeColumns(network).subList(cellTypeColumns(network).size() - 3,
                cellTypeColumns(network).size()), "after the cell-type columns");
        int reached = 0;
        for (Map.Entry<String, CyNode> node : nodes(network).entrySet()) {
            String gene = network.getRow(node.getValue()).get(contrastColumns.get(2), String.class);
            Double logFc = network.getRow(node.getValue()).get(contrastColumns.get(0), Double.class);
            if (gene == null || gene.isEmpty()) {
                assertNull(logFc, node.getKey());
                continue;
            }
            reached++;
            assertEquals(de.get(gene)[0], logFc, 0, node.getKey());
            assertEquals(de.get(gene)[1], network.getRow(node.getValue()).get(contrastColumns.get(1), Double.class),
                    0, node.getKey());
        }
        assertEquals(9, reached, "as in the command line's files (ScOverlayPseudobulkTest)");
        assertEquals("CCL3", network.getRow(nodes(network).get("CCL3")).get(contrastColumns.get(2), String.class));
        assertEquals("CD14 Mono B-A", network.getRow(network).get("senescope::celltype_pseudobulk_contrast",
                String.class));
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertTrue(texts(json.get("nodeColumns")).containsAll(contrastColumns), json.toString());

        task(cytoscape, BUNDLED, FOLDER, "cell_type").run(new RecordingTaskMonitor());
        assertTrue(cellTypeColumns(network).stream().noneMatch(c -> c.contains("pseudobulk")),
                "a run without the contrast leaves no stale contrast column");
        assertNull(network.getDefaultNetworkTable().getColumn("senescope::celltype_pseudobulk_contrast"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    /** Every cell-type column value of the network's nodes, by node id and column. */
    private static Map<String, Map<String, Object>> values(CyNetwork network) {
        Map<String, Map<String, Object>> values = new java.util.TreeMap<>();
        nodes(network).forEach((id, node) -> {
            Map<String, Object> row = new java.util.TreeMap<>();
            for (CyColumn column : network.getDefaultNodeTable().getColumns()) {
                Object value = network.getRow(node).get(column.getName(), column.getType());
                if (column.getName().startsWith("senescope::celltype") && value != null) {
                    row.put(column.getName(), value);
                }
            }
            values.put(id, row);
        });
        return values;
    }

    @Test
    void theFolderItsMatrixFileTheH5AndTheH5adGiveTheSameColumns() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        task(cytoscape, BUNDLED, FOLDER, "cell_type").run(new RecordingTaskMonitor());
        Map<String, Map<String, Object>> folder = values(network);
        assertTrue(folder.get("KLRK1").size() > 14, folder.get("KLRK1").toString());
        for (Path other : List.of(FOLDER.resolve("matrix.mtx.gz"), PBMC.resolve("filtered_feature_bc_matrix.h5"),
                PBMC.resolve("pbmc1k_v2.h5ad"))) {
            task(cytoscape, BUNDLED, other, "cell_type").run(new RecordingTaskMonitor());
            assertEquals(folder, values(network), other.toString());
        }
    }

    @Test
    void aSecondRunReplacesTheFirstsColumnsAndAnOverlayKeepsThem() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        task(cytoscape, BUNDLED, FOLDER, "cell_type").run(new RecordingTaskMonitor());
        task(cytoscape, BUNDLED, FOLDER, "cell_type_coarse").run(new RecordingTaskMonitor());
        List<String> expected = new ArrayList<>();
        for (String type : List.of("Myeloid", "T", "NK", "B", "Platelet")) {
            expected.add("senescope::celltype_fraction_" + type);
            expected.add("senescope::celltype_mean_" + type);
        }
        expected.addAll(List.of("senescope::celltypes_expressing", "senescope::celltype_top",
                "senescope::celltype_genes"));
        assertEquals(expected, cellTypeColumns(network));
        ImportExpressionTask overlay = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        overlay.file = ImportExpressionTaskTest.LIVER.toFile();
        overlay.run(new RecordingTaskMonitor());
        overlay.run(new RecordingTaskMonitor());
        assertEquals(expected, cellTypeColumns(network), "importing expression data again keeps the cell types");
    }

    @Test
    void refusesANetworkSenescopeDidNotBuildAndBadArgumentsByTheirNames() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        CellTypeOverlayTask noColumn = task(cytoscape, BUNDLED, FOLDER, "");
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> noColumn.run(new RecordingTaskMonitor()));
        assertEquals("cellTypes needs cellTypeColumn, the column of cell types", e.getMessage());
        CellTypeOverlayTask wrongColumn = task(cytoscape, BUNDLED, FOLDER, "celltype");
        e = assertThrows(BadRequestException.class, () -> wrongColumn.run(new RecordingTaskMonitor()));
        assertEquals(TYPES + " has no column \"celltype\"; its columns: cluster, cell_type, cell_type_coarse, "
                + "n_counts, n_genes, percent_mt", e.getMessage());
        CellTypeOverlayTask fraction = task(cytoscape, BUNDLED, FOLDER, "cell_type");
        fraction.minFraction = 2;
        e = assertThrows(BadRequestException.class, () -> fraction.run(new RecordingTaskMonitor()));
        assertEquals("minFraction must be between 0 and 1, found 2.0", e.getMessage());
        CellTypeOverlayTask named = task(cytoscape, BUNDLED, FOLDER, "cell_type");
        assertEquals("pbmc1k_v2", named.dataChoice().name(), "Cell Ranger's folder name gives way to its folder's");
        named.dataName = " PBMC 1k ";
        assertEquals("PBMC 1k", named.dataChoice().name());
        named.dataName = "filtered_feature_bc_matrix";
        assertEquals("filtered_feature_bc_matrix", named.dataChoice().name(), "a name given is kept as given");
        assertEquals(List.of(), cellTypeColumns(network));

        MemoryNetwork other = ForeignNetworkImportTest.network(cytoscape, "pathway", List.of("KLRK1"), Map.of());
        CellTypeOverlayTask foreign = task(cytoscape, BUNDLED, FOLDER, "cell_type");
        foreign.network = "SUID:" + other.getSUID();
        e = assertThrows(BadRequestException.class, () -> foreign.run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().startsWith("The network 'pathway' has no senescope::senescope_id column"),
                e.getMessage());
    }
}
