package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cytoscape.model.CyNode;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.vizmap.VisualMappingFunction;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.view.vizmap.mappings.DiscreteMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: running Import expression data again on the same network, with Build, GSEA and Export figure in between,
 * leaves the same "Senescope overlay" style and the same node colours every time.
 */
class RepeatedImportTest {

    private static final BundledData BUNDLED = new BundledData();

    @TempDir
    Path tmp;

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();
    private final SessionOverlays overlays = new SessionOverlays();

    private void importLiver() throws Exception {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        task.file = ImportExpressionTaskTest.LIVER.toFile();
        task.run(new RecordingTaskMonitor());
    }

    /** The view's style: its title and each mapping as property, kind, column and (discrete) entries. */
    private static Map<String, String> describe(VisualStyle style) {
        Map<String, String> mappings = new TreeMap<>();
        for (VisualMappingFunction<?, ?> m : style.getAllVisualMappingFunctions()) {
            String entries = m instanceof DiscreteMapping<?, ?> d ? new TreeMap<>(d.getAll().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()),
                            e -> String.valueOf(e.getValue())))).toString() : "";
            mappings.put(m.getVisualProperty().getIdString(), m.getClass().getSimpleName() + " "
                    + m.getMappingColumnName() + " " + entries);
        }
        mappings.put("title", style.getTitle());
        return mappings;
    }

    private static Map<Long, Object> fills(MemoryNetworkView view) {
        Map<Long, Object> fills = new LinkedHashMap<>();
        for (CyNode node : view.getModel().getNodeList()) {
            fills.put(node.getSUID(), view.getNodeView(node).getVisualProperty(BasicVisualLexicon.NODE_FILL_COLOR));
        }
        return fills;
    }

    @Test
    void theSameStyleAndColoursEveryTime() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        MemoryNetworkView view = cytoscape.views.get(0);
        importLiver();
        Map<String, String> style = describe(cytoscape.getVisualStyle(view));
        Map<Long, Object> colours = fills(view);
        assertEquals("Senescope overlay", style.get("title"));
        assertEquals("Continuous senescope::overlay_value ", style.get("NODE_FILL_COLOR"));
        for (int run = 1; run <= 8; run++) {
            switch (run % 4) {
                case 1 -> new BuildNetworkTask(cytoscape.services(), BUNDLED).run(new RecordingTaskMonitor());
                case 2 -> {
                    GeneSetAnalysisTask gsea = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
                    gsea.network = "SUID:" + network.getSUID();
                    gsea.run(new RecordingTaskMonitor());
                }
                case 3 -> {
                    cytoscape.current = network;
                    ExportFigureTask export = new ExportFigureTask(cytoscape.services(), BUNDLED, overlays);
                    export.file = tmp.resolve("run" + run + ".svg").toFile();
                    export.formats = "svg";
                    export.run(new RecordingTaskMonitor());
                }
                default -> { }
            }
            cytoscape.current = network;
            importLiver();
            assertEquals(style, describe(cytoscape.getVisualStyle(view)), "style after run " + run);
            assertEquals(colours, fills(view), "node colours after run " + run);
        }
        assertEquals(List.of("Senescope", "Senescope overlay"),
                cytoscape.getAllVisualStyles().stream().map(VisualStyle::getTitle).sorted().toList());
    }

    @Test
    void importingAgainLeavesOnlyTheOverlayStylesOwnMappings() throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        importLiver();
        VisualStyle overlay = cytoscape.getVisualStyle(cytoscape.views.get(0));
        Map<String, String> own = describe(overlay);
        // A mapping the definition does not have (a user's, or an earlier Senescope's) on the overlay style.
        overlay.addVisualMappingFunction(MemoryMappings.factory(MemoryMappings.Kind.PASSTHROUGH)
                .createVisualMappingFunction("senescope::kind", String.class, BasicVisualLexicon.NODE_TOOLTIP));
        importLiver();
        assertEquals(own, describe(overlay));
        assertNull(overlay.getVisualMappingFunction(BasicVisualLexicon.NODE_TOOLTIP));
    }
}
