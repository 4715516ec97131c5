package org.senescope.knowledge;

import org.senescope.model.Network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the senescence–immunity network from seed documents and curation: read and check the curation, verify every
 * quote in its seed, merge claims into edges. The bundled build uses the seeds and curation packed in the jar.
 */
public final class SenescenceImmunityNetwork {

    /** The network's title in every export. */
    public static final String NAME = "Senescence–immunity network";

    /** Where the jar keeps the curation ({@code networks/senescence-immunity/} in the source tree). */
    public static final String BUNDLED_CURATION = "org/senescope/curation";

    /** Where the jar keeps the seed documents ({@code seeds/} in the source tree). */
    public static final String BUNDLED_SEEDS = "org/senescope/seeds";

    private SenescenceImmunityNetwork() {
    }

    /** Builds the network from the curation and seeds bundled in the jar. */
    public static Network buildBundled() throws CurationException {
        return build(ResourceDirectory.bundled(BUNDLED_CURATION), ResourceDirectory.bundled(BUNDLED_SEEDS));
    }

    /**
     * Builds the network from a curation folder and a seeds folder.
     *
     * @throws CurationException with every problem found, each located by file, line and column
     */
    public static Network build(ResourceDirectory curation, ResourceDirectory seeds) throws CurationException {
        Curation checked = CurationReader.read(curation, seeds);
        return NetworkAssembler.assemble(NAME, checked, provenance());
    }

    private static Map<String, String> provenance() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("generator", "Senescope " + version());
        p.put("curation", "networks/senescence-immunity (nodes.tsv, claims.tsv, modules.tsv, sources.tsv, layout.tsv)");
        return p;
    }

    /** The Senescope version from the jar's manifest, or "development" when run from classes. */
    public static String version() {
        String v = SenescenceImmunityNetwork.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
