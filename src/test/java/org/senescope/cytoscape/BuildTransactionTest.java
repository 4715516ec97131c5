package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.cytoscape.view.vizmap.VisualStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: Build failing at any step of making the view and style leaves no network, view or style it made, and
 * leaves the ones that were there as they were.
 */
class BuildTransactionTest {

    private static final BundledData BUNDLED = new BundledData();

    @AfterEach
    void stopFailing() {
        MemoryVisualStyle.failApply = false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"createNetworkView", "addNetworkView", "addVisualStyle", "setVisualStyle"})
    void aFailingStepLeavesNothingBehind(String step) {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        cytoscape.failAt = step;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BuildNetworkTask(cytoscape.services(), BUNDLED).run(new RecordingTaskMonitor()));
        assertEquals("injected failure in " + step, e.getMessage());
        assertEquals(Set.of(), cytoscape.getNetworkSet());
        assertEquals(List.of(), cytoscape.views);
        assertEquals(Set.of(), cytoscape.getAllVisualStyles());
    }

    @Test
    void aFailingApplyLeavesNothingBehind() {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        MemoryVisualStyle.failApply = true;
        assertThrows(IllegalStateException.class,
                () -> new BuildNetworkTask(cytoscape.services(), BUNDLED).run(new RecordingTaskMonitor()));
        assertEquals(Set.of(), cytoscape.getNetworkSet());
        assertEquals(List.of(), cytoscape.views);
        assertEquals(Set.of(), cytoscape.getAllVisualStyles());
    }

    @Test
    void aFailureOnASecondBuildKeepsTheFirstNetworkViewAndStyle() throws Exception {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        MemoryNetwork first = cytoscape.buildSeedNetwork(BUNDLED);
        VisualStyle style = cytoscape.getVisualStyle(cytoscape.views.get(0));
        cytoscape.failAt = "setVisualStyle";
        assertThrows(IllegalStateException.class,
                () -> new BuildNetworkTask(cytoscape.services(), BUNDLED).run(new RecordingTaskMonitor()));
        assertEquals(Set.of(first), cytoscape.getNetworkSet());
        assertEquals(1, cytoscape.views.size());
        assertEquals(Set.of(style), cytoscape.getAllVisualStyles());
        assertEquals(style, cytoscape.getVisualStyle(cytoscape.views.get(0)));
    }
}
