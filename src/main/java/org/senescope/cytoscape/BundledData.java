package org.senescope.cytoscape;

import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;

/**
 * The network and gene tables bundled in Senescope, built on first use (not while Cytoscape starts) and then kept:
 * they are immutable. Thread-safe.
 */
final class BundledData implements NetworkSource {

    private Network network;
    private GeneReference genes;

    @Override
    public synchronized Network build() throws CurationException {
        if (network == null) {
            network = SenescenceImmunityNetwork.build(
                    org.senescope.knowledge.ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                    org.senescope.knowledge.ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes());
        }
        return network;
    }

    synchronized GeneReference genes() {
        if (genes == null) {
            genes = SenescenceImmunityNetwork.bundledGenes();
        }
        return genes;
    }
}
