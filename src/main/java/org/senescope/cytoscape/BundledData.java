package org.senescope.cytoscape;

import org.jspecify.annotations.Nullable;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;

/**
 * The network and gene tables bundled in Senescope, built on first use (not while Cytoscape starts) and then kept:
 * they are immutable. The jobs take them from here ({@link org.senescope.workflow.NetworkJob},
 * {@link org.senescope.workflow.OverlayJob}). Thread-safe.
 */
final class BundledData implements NetworkSource {

    private @Nullable Network network;
    private @Nullable GeneReference genes;

    /**
     * The bundled network.
     *
     * @throws org.senescope.failure.BadDataException when the bundled curation does not check (a broken build)
     */
    @Override
    public synchronized Network build() {
        if (network == null) {
            network = SenescenceImmunityNetwork.build(
                    ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_CURATION),
                    ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS), genes());
        }
        return network;
    }

    /** The bundled human gene table and mouse orthologs. */
    synchronized GeneReference genes() {
        if (genes == null) {
            genes = SenescenceImmunityNetwork.bundledGenes();
        }
        return genes;
    }
}
