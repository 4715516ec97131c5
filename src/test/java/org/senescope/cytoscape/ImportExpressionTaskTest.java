package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.view.vizmap.mappings.ContinuousMapping;
import org.cytoscape.view.vizmap.mappings.PassthroughMapping;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senescope.export.MemberChart;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;

/** Apps > Senescope > Import expression data..., on a real DESeq2 table, against an in-memory Cytoscape. */
class ImportExpressionTaskTest {

    /** A real DESeq2 result (healthy vs steatosis liver, 19,053 genes); see ../shared/data/README.md. */
    static final Path LIVER = Path.of("../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv");
    private static final BundledData BUNDLED = new BundledData();
    private static final List<String> BUILT_NODE_COLUMNS = List.of("SUID", "shared name", "name", "selected",
            "senescope::senescope_id", "senescope::kind", "senescope::hgnc_symbols", "senescope::entrez_ids",
            "senescope::ensembl_ids", "senescope::mouse_symbols", "senescope::aliases", "senescope::modules",
            "senescope::module_labels", "senescope::description");

    @TempDir
    Path tmp;

    private MemoryCytoscape cytoscape;
    private SessionOverlays overlays;
    private MemoryNetwork network;

    @BeforeEach
    void buildTheSeedNetwork() throws Exception {
        cytoscape = new MemoryCytoscape();
        overlays = new SessionOverlays();
        network = cytoscape.buildSeedNetwork(BUNDLED);
    }

    private ImportExpressionTask task(Path file) {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        task.file = file.toFile();
        return task;
    }

    private CyRow nodeRow(String id) {
        return network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", id).iterator().next();
    }

    @Test
    void writesTheFileValuesIntoNodeColumns() throws Exception {
        ImportExpressionTask task = task(LIVER);
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        task.run(monitor);
        assertEquals(0.761776482000593, nodeRow("CDKN1A").get("senescope::overlay_value", Double.class));
        assertEquals(0.490914133925617, nodeRow("CDKN1A").get("senescope::overlay_padj", Double.class));
        assertEquals(1.72790119315577, nodeRow("CCL2").get("senescope::overlay_value", Double.class));
        assertEquals(Boolean.TRUE, nodeRow("CCL2").get("senescope::overlay_significant", Boolean.class));
        assertEquals("CCL2", nodeRow("CCL2").get("senescope::overlay_input_id", String.class));
        assertNull(nodeRow("Raet1e").get("senescope::overlay_value", Double.class), "a mouse-only gene stays unmeasured");
        assertFalse(nodeRow("apoptosis").isSet("senescope::overlay_value"));
        assertTrue(monitor.messages.stream().anyMatch(m -> m.startsWith("INFO Rows: 19,053 = ")), monitor.messages.toString());
    }

    @Test
    void reportsTheMappingAsJson() throws Exception {
        ImportExpressionTask task = task(LIVER);
        task.run(new RecordingTaskMonitor());
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertEquals(network.getSUID().longValue(), json.get("network").asLong());
        assertEquals(19053, json.get("rows").asInt());
        int sum = 0;
        for (JsonNode count : json.get("rowsByOutcome")) {
            sum += count.asInt();
        }
        assertEquals(19053, sum, "every row in exactly one outcome");
        assertEquals(21, json.get("geneNodes").asInt());
        assertEquals(17, json.get("measuredNodes").asInt());
        assertEquals("Network genes: 17 of 21 gene nodes measured; not measured: CCL3, CCL4, CCL5, Raet1e",
                json.get("summary").get(json.get("summary").size() - 1).asText());
        assertEquals("Senescope overlay", json.get("style").asText());
        assertTrue(json.get("nodeColumns").toString().contains("senescope::overlay_value"));
    }

    @Test
    void coloursTheViewOnTheDivergingScale() throws Exception {
        task(LIVER).run(new RecordingTaskMonitor());
        MemoryNetworkView view = cytoscape.views.get(0);
        VisualStyle style = cytoscape.getVisualStyle(view);
        assertEquals("Senescope overlay", style.getTitle());
        ContinuousMapping<?, ?> fill = (ContinuousMapping<?, ?>) style.getVisualMappingFunction(
                BasicVisualLexicon.NODE_FILL_COLOR);
        assertEquals("senescope::overlay_value", fill.getMappingColumnName());
        assertEquals(9, fill.getPointCount());
        CyNode apoptosis = network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", "apoptosis")
                .stream().findFirst().map(r -> network.getNodeList().stream()
                        .filter(n -> network.getRow(n) == r).findFirst().orElseThrow()).orElseThrow();
        assertEquals(new Color(0xC8C8C8), view.getNodeView(apoptosis).getVisualProperty(BasicVisualLexicon.NODE_FILL_COLOR));
        assertEquals(2, cytoscape.getAllVisualStyles().size(), "Senescope and Senescope overlay");
    }

    @Test
    void drawsEachMultiMemberNodesMembersAsCytoscapesBarChartUnderIt() throws Exception {
        task(LIVER).run(new RecordingTaskMonitor());
        CyRow il12 = nodeRow("IL12");
        assertEquals(List.of("IL12A", "IL12B"), il12.getList("senescope::overlay_member_symbols", String.class));
        // awk -F'\t' '$1=="IL12A"||$1=="IL12B"' HS_DESeq2_genesymb.tsv: log2FoldChange of lines 12194 and 4116
        assertEquals(List.of(0.436388006101315, 1.67827566160572),
                il12.getList("senescope::overlay_member_values", Double.class));
        // The chart carries each cell's colour: the figure's colour of the member's value on the figure's range
        // (MemberChartTest checks these two against DivergingScale).
        String chart = il12.get("senescope::overlay_member_chart", String.class);
        assertTrue(chart.startsWith(MemberChart.BAR_CHART + ":{"), chart);
        assertTrue(chart.contains("\"cy_colors\":[\"#FCDFCD\",\"#C94641\"]"), chart);
        assertEquals(List.of("CDKN2A"), nodeRow("CDKN2A_ARF").getList("senescope::overlay_member_symbols", String.class));
        assertTrue(nodeRow("CDKN2A_ARF").get("senescope::overlay_member_chart", String.class)
                .contains("\"cy_borderColor\":\"" + MemberChart.SHARED_OUTLINE + "\""), "one shared member, outlined");
        assertEquals(List.of(), nodeRow("TP53").getList("senescope::overlay_member_values", Double.class));

        VisualStyle style = cytoscape.getVisualStyle(cytoscape.views.get(0));
        PassthroughMapping<?, ?> through = (PassthroughMapping<?, ?>) style.getVisualMappingFunction(
                MemoryLexicon.CHART);
        assertEquals("senescope::overlay_member_chart", through.getMappingColumnName());
        assertEquals(MemberChart.NO_CHART, style.getDefaultValue(MemoryLexicon.CHART));
        assertEquals("S,N,c,0.00,2.00", style.getDefaultValue(MemoryLexicon.CHART_POSITION));
        CyNode node = network.getNodeList().stream().filter(n -> network.getRow(n) == il12).findFirst().orElseThrow();
        assertEquals(chart, cytoscape.views.get(0).getNodeView(node).getVisualProperty(MemoryLexicon.CHART));
    }

    @Test
    void importingAgainReplacesTheColumnsIncludingOldConditions() throws Exception {
        task(LIVER).run(new RecordingTaskMonitor());
        List<String> built = BUILT_NODE_COLUMNS;
        List<String> firstConditions = network.getDefaultNodeTable().columnNames().stream()
                .filter(c -> !built.contains(c) && !c.startsWith("senescope::overlay_")).toList();
        assertEquals(2, firstConditions.size(), network.getDefaultNodeTable().columnNames().toString());
        Path second = tmp.resolve("second.tsv");
        Files.copy(LIVER, second);
        ImportExpressionTask again = task(second);
        again.valueColumns = "stat";
        again.run(new RecordingTaskMonitor());
        List<String> columns = network.getDefaultNodeTable().columnNames();
        assertEquals(columns.stream().distinct().count(), columns.size());
        List<String> overlayColumns = columns.stream().filter(c -> !BUILT_NODE_COLUMNS.contains(c)).toList();
        assertEquals(List.of("senescope::overlay_value", "senescope::overlay_padj", "senescope::overlay_significant",
                "senescope::overlay_input_id", "senescope::overlay_route", "senescope::overlay_label_color"),
                overlayColumns.subList(0, 6));
        // value and padj of the one condition, then the member columns (the liver table measures IL-12's subunits)
        assertEquals(List.of("senescope::value_second", "senescope::padj_second", "senescope::overlay_members",
                "senescope::overlay_shared_with", "senescope::overlay_member_symbols",
                "senescope::overlay_member_values", "senescope::overlay_member_chart"),
                overlayColumns.subList(6, overlayColumns.size()));
        assertTrue(overlayColumns.stream().noneMatch(firstConditions::contains), "the first file's conditions are gone");
        assertEquals(2.95039888951236, nodeRow("CDKN1A").get("senescope::overlay_value", Double.class));
        assertEquals(2, cytoscape.getAllVisualStyles().size());
    }

    @Test
    void cancelledBeforeWritingLeavesTheTablesAsTheyWere() throws Exception {
        List<String> before = network.getDefaultNodeTable().columnNames();
        ImportExpressionTask task = task(LIVER);
        task.run(new RecordingTaskMonitor().whenProgressReaches(0.4, task::cancel));
        assertEquals(before, network.getDefaultNodeTable().columnNames());
        assertNull(task.getResults(JSONResult.class));
        assertEquals("Senescope", cytoscape.getVisualStyle(cytoscape.views.get(0)).getTitle());
    }

    @Test
    void badDataIsReportedWithFileLineAndColumnAndNothingWritten() throws IOException {
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, "gene\tlog2FoldChange\nCDKN1A\t0.5\nTP53\t0.2\textra\n");
        List<String> before = network.getDefaultNodeTable().columnNames();
        InputFormatException e = assertThrows(InputFormatException.class, () -> task(bad).run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertEquals(before, network.getDefaultNodeTable().columnNames());
    }

    @Test
    void refusesANetworkWithoutGeneIdentifiers() {
        MemoryNetwork other = (MemoryNetwork) cytoscape.createNetwork();
        other.getRow(other).set("name", "STRING network");
        cytoscape.addNetwork(other);
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> task(LIVER).run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().startsWith("The network 'STRING network' has no node column of gene identifiers"),
                e.getMessage());
    }

    @Test
    void refusesAnUnknownSpeciesBeforeReadingAnything() {
        ImportExpressionTask task = task(LIVER);
        task.species = "rat";
        BadRequestException e = assertThrows(BadRequestException.class, () -> task.run(new RecordingTaskMonitor()));
        assertEquals("species: expected auto, human or mouse, found 'rat'", e.getMessage());
    }

    @Test
    void takesAMinimumExpressionAndRefusesOneThatIsNotANumber() {
        ImportExpressionTask task = task(LIVER);
        assertEquals(org.senescope.model.overlay.ExpressionFilter.NONE, task.options().expression());
        task.minExpression = "10";
        assertEquals(new org.senescope.model.overlay.ExpressionFilter.AtLeast(10), task.options().expression());
        task.minExpression = "ten";
        BadRequestException e = assertThrows(BadRequestException.class, () -> task.run(new RecordingTaskMonitor()));
        assertEquals("minExpression: expected a number or nothing, found 'ten'", e.getMessage());
    }

    @Test
    void findsTheNetworkBySuid() throws Exception {
        MemoryNetwork other = (MemoryNetwork) cytoscape.createNetwork();
        cytoscape.addNetwork(other);
        ImportExpressionTask task = task(LIVER);
        task.network = "SUID:" + network.getSUID();
        task.run(new RecordingTaskMonitor());
        assertTrue(nodeRow("CCL2").isSet("senescope::overlay_value"));
        File none = tmp.resolve("none.tsv").toFile();
        ImportExpressionTask missing = task(none.toPath());
        missing.network = "SUID:" + network.getSUID();
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> missing.run(new RecordingTaskMonitor()));
        assertEquals("file: no such file: " + none, e.getMessage());
    }
}
