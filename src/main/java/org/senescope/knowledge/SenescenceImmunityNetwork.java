package org.senescope.knowledge;

import org.senescope.genes.HumanGeneTableReader;
import org.senescope.genes.MouseOrthologTable;
import org.senescope.model.Network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Builds the senescence–immunity network from seed documents and curation: read and check the curation, verify every
 * quote in its seed, merge claims into edges. The bundled build uses the seeds and curation packed in the jar.
 */
public final class SenescenceImmunityNetwork {

    private static @Nullable GeneReference bundledGenes;

    /** The network's title in every export. */
    public static final String NAME = "Senescence–immunity network";

    /** Where the jar keeps the curation ({@code networks/senescence-immunity/} in the source tree). */
    public static final String BUNDLED_CURATION = "org/senescope/curation";

    /** Where the jar keeps the seed documents ({@code seeds/} in the source tree). */
    public static final String BUNDLED_SEEDS = "org/senescope/seeds";

    private SenescenceImmunityNetwork() {
    }

    /** Builds the network from the curation, seeds and gene tables bundled in the jar. */
    public static Network buildBundled() throws CurationException {
        return build(ResourceDirectory.bundled(BUNDLED_CURATION), ResourceDirectory.bundled(BUNDLED_SEEDS),
                bundledGenes());
    }

    /**
     * Builds the network from a curation folder and a seeds folder, checking identifiers against the given genes.
     *
     * @throws CurationException with every problem found, each located by file, line and column
     */
    public static Network build(ResourceDirectory curation, ResourceDirectory seeds, GeneReference genes)
            throws CurationException {
        Curation checked = CurationReader.read(curation, seeds, genes);
        Map<String, String> provenance = provenance(genes);
        if (!checked.curatedLayout()) {
            provenance.put(Network.PLACEHOLDER_LAYOUT, "no layout.tsv in the curation: positions are a placeholder grid");
        }
        return NetworkAssembler.assemble(NAME, checked, provenance);
    }

    /**
     * The gene tables shipped in the jar: the human gene table and the curated mouse orthologs, read on first use and
     * then shared (thread-safe).
     *
     * @throws UncheckedIOException if the jar's own resources cannot be read, which means a broken installation
     */
    public static synchronized GeneReference bundledGenes() {
        // Read once per process: about a second for 77,000 genes, and the tables are immutable, so every job (and the
        // Cytoscape app's tasks) can share them.
        if (bundledGenes == null) {
            try {
                bundledGenes = new GeneReference(new HumanGeneTableReader().readShipped(),
                        MouseOrthologTable.readShipped());
            } catch (IOException e) {
                throw new UncheckedIOException("the gene tables bundled in Senescope cannot be read", e);
            }
        }
        return bundledGenes;
    }

    private static Map<String, String> provenance(GeneReference genes) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("generator", "Senescope " + version());
        p.put("curation", "networks/senescence-immunity (nodes.tsv, claims.tsv, modules.tsv, sources.tsv, layout.tsv)");
        p.put("gene_table", genes.human().source());
        p.put("mouse_orthologs", "curated Senescope table (background knowledge: MGI human-mouse orthology)");
        return p;
    }

    /**
     * The Senescope version, from a resource the build writes, so that the jar and the test classpath report the same
     * version and build byte-identical files.
     */
    public static String version() {
        try (InputStream in = SenescenceImmunityNetwork.class.getResourceAsStream("/org/senescope/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled version resource", e);
        }
    }
}
