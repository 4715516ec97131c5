package org.senescope.analysis;

import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.GeneSet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModuleGeneSetsTest {

    @Test
    void oneSetPerModuleHoldingItsMembersHumanSymbols() throws Exception {
        Network network = SenescenceImmunityNetwork.buildBundled();
        List<GeneSet> sets = ModuleGeneSets.of(network);
        assertEquals(network.modules().size(), sets.size());
        for (int i = 0; i < sets.size(); i++) {
            String module = network.modules().get(i).id();
            Set<String> expected = new LinkedHashSet<>();
            network.nodes().stream().filter(n -> n.modules().contains(module))
                    .forEach(n -> expected.addAll(n.humanSymbols()));
            assertEquals(module, sets.get(i).name());
            assertEquals(List.copyOf(expected), sets.get(i).genes());
        }
    }

    @Test
    void theMouseOnlyRaet1eNodeAddsNoGeneAndTheHumanFamilyComesFromItsOwnNode() throws Exception {
        GeneSet nkg2d = ModuleGeneSets.of(SenescenceImmunityNetwork.buildBundled()).stream()
                .filter(s -> s.name().equals("nkg2d_recognition")).findFirst().orElseThrow();
        assertEquals(List.of("MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G", "RAET1L", "KLRK1"),
                nkg2d.genes());
    }
}
