package org.senescope.analysis;

import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The network's modules as human gene sets: each module's genes are the HGNC symbols of its member nodes, in curation
 * order. Mouse-only genes (no human symbol) are left out rather than guessed, so a module can come out smaller than it
 * looks on the network; a module with no human gene gives an empty set, which the size filter then reports.
 */
public final class ModuleGeneSets {

    private ModuleGeneSets() {
    }

    /** One set per module, in the network's module order, named by module id, described by the module label. */
    public static List<GeneSet> of(Network network) {
        List<GeneSet> sets = new ArrayList<>();
        for (Module module : network.modules()) {
            Set<String> genes = new LinkedHashSet<>();
            for (Node node : network.nodes()) {
                if (node.modules().contains(module.id())) {
                    genes.addAll(node.humanSymbols());
                }
            }
            sets.add(new GeneSet(module.id(), module.label(), List.copyOf(genes)));
        }
        return List.copyOf(sets);
    }
}
