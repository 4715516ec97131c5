package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.cytoscape.model.CyNode;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.presentation.property.NodeShapeVisualProperty;
import org.cytoscape.view.presentation.property.values.NodeShape;
import org.cytoscape.view.vizmap.VisualStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;

/**
 * Shapes come only from the running renderer's lexicon: VEE is Cytoscape desktop's renderer's, so under a renderer
 * without it, or with no renderer, disease nodes fall back to the core default shape, the task says so once, and
 * nothing fails after the network is registered.
 */
class RendererFallbackTest {

    private static final String NO_VEE = "WARN Cytoscape's renderer has no Node Shape VEE; using Ellipse, the "
            + "property's default, instead.";
    private static final String NO_RENDERER = "WARN Cytoscape has no renderer now; node shapes, arrows and line types "
            + "come from its core set.";

    private static Network bundled;
    private MemoryCytoscape cytoscape;

    @BeforeAll
    static void buildOnce() throws CurationException {
        bundled = SenescenceImmunityNetwork.buildBundled();
    }

    @BeforeEach
    void freshCytoscape() {
        cytoscape = new MemoryCytoscape();
    }

    @Test
    void underDingDiseasesAreVeesAndNothingIsSaid() throws Exception {
        RecordingTaskMonitor monitor = build();
        assertEquals("VEE", diseaseShape().getSerializableString());
        assertEquals(List.of(), styleMessages(monitor));
    }

    @Test
    void aRendererWithoutVeeGetsTheDefaultShapeAndOneMessage() throws Exception {
        cytoscape.lexicon = MemoryLexicon.coreOnly();
        RecordingTaskMonitor monitor = build();
        assertSame(NodeShapeVisualProperty.ELLIPSE, diseaseShape());
        assertEquals(List.of(NO_VEE), styleMessages(monitor));
        assertEquals(1, cytoscape.networks.size());
        assertEquals(1, cytoscape.views.size());
        assertEquals(1, cytoscape.styles.size());
    }

    @Test
    void withoutARendererTheCoreShapesAreUsedAndTheTaskSaysWhy() throws Exception {
        cytoscape.lexicon = null;
        RecordingTaskMonitor monitor = build();
        assertSame(NodeShapeVisualProperty.ELLIPSE, diseaseShape());
        assertEquals(List.of(NO_RENDERER, NO_VEE), styleMessages(monitor));
        assertEquals(1, cytoscape.networks.size());
    }

    @Test
    void theOverlayStyleFallsBackTheSameWayAndSaysSoOnce() {
        cytoscape.lexicon = MemoryLexicon.coreOnly();
        List<String> notes = new java.util.ArrayList<>();
        VisualStyle style = cytoscape.services().style().installOverlay(2.0, notes::add);
        assertEquals(SenescopeVisualStyle.OVERLAY_STYLE_NAME, style.getTitle());
        // This renderer also lacks ding's Node Image/Chart 1: the member charts are left out, said once.
        assertEquals(List.of(LexiconValues.NO_MEMBER_CHARTS, NO_VEE.substring("WARN ".length())), notes);
    }

    private RecordingTaskMonitor build() throws Exception {
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        new BuildNetworkTask(cytoscape.services(), () -> bundled).run(monitor);
        return monitor;
    }

    private NodeShape diseaseShape() {
        MemoryNetwork network = (MemoryNetwork) cytoscape.current;
        CyNode disease = network.getNodeList().stream()
                .filter(n -> "disease".equals(network.getRow(n).get("senescope::kind", String.class)))
                .findFirst().orElseThrow();
        return cytoscape.views.get(0).getNodeView(disease).getVisualProperty(BasicVisualLexicon.NODE_SHAPE);
    }

    private static List<String> styleMessages(RecordingTaskMonitor monitor) {
        return monitor.messages.stream().filter(m -> m.contains("renderer")).toList();
    }
}
