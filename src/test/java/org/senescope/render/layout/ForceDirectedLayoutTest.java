package org.senescope.render.layout;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.Position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForceDirectedLayoutTest {

    @Test
    void sameNetworkAndSeedGiveTheSamePositionsAndAnotherSeedOthers() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        Map<String, Position> a = ForceDirectedLayout.layout(network, 11);
        assertEquals(a, ForceDirectedLayout.layout(network, 11));
        assertNotEquals(a, ForceDirectedLayout.layout(network, 12));
        assertEquals(network.nodes().size(), a.size());
    }

    @Test
    void linkedNodesEndCloserThanTheAveragePair() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        Map<String, Position> p = ForceDirectedLayout.layout(network, 5);
        double linked = network.edges().stream().mapToDouble(e -> distance(p.get(e.sourceId()), p.get(e.targetId())))
                .average().orElseThrow();
        double all = 0;
        int pairs = 0;
        for (var a : p.values()) {
            for (var b : p.values()) {
                all += distance(a, b);
                pairs++;
            }
        }
        assertTrue(linked < all / pairs, "edges pull their ends together: " + linked + " vs " + all / pairs);
    }

    private static double distance(Position a, Position b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
