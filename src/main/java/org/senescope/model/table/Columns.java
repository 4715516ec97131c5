package org.senescope.model.table;

/**
 * Every attribute column name Senescope writes, in one place, so that all export formats and the Cytoscape adapter
 * use the same ones. Names follow Cytoscape's conventions where one exists ({@code name}, {@code shared name},
 * {@code interaction}); the rest are plain lower-case words joined by underscores, without a namespace.
 *
 * <p>Network attributes also include every provenance entry, under its key made a plain name the same way (see
 * {@code export.AttributeTables.network}): {@code senescope version} becomes {@code senescope_version}.
 */
public final class Columns {

    /** Cytoscape's display name: the node label, the edge id, the network title. */
    public static final String NAME = "name";
    /**
     * Cytoscape's key across a collection; the key column of the SIF attribute tables: the node id for nodes and
     * {@code source (interaction) target} (= {@link org.senescope.model.EdgeKey#id()}) for edges.
     */
    public static final String SHARED_NAME = "shared name";
    /** Cytoscape's edge type: the relation label. */
    public static final String INTERACTION = "interaction";

    // Nodes
    public static final String SENESCOPE_ID = "senescope_id";
    public static final String KIND = "kind";
    public static final String HGNC_SYMBOLS = "hgnc_symbols";
    public static final String ENTREZ_IDS = "entrez_ids";
    public static final String ENSEMBL_IDS = "ensembl_ids";
    public static final String MOUSE_SYMBOLS = "mouse_symbols";
    public static final String ALIASES = "aliases";
    public static final String MODULES = "modules";
    public static final String MODULE_LABELS = "module_labels";
    /** Node description; also the network description. */
    public static final String DESCRIPTION = "description";

    // Edges
    public static final String RELATION = "relation";
    public static final String SIGN = "sign";
    public static final String DIRECTED = "directed";
    public static final String NEGATIVE_FINDING = "negative_finding";
    public static final String BACKGROUND_ONLY = "background_only";
    public static final String CLAIM_COUNT = "claim_count";
    public static final String EVIDENCE_TYPES = "evidence_types";
    /** The evidence level an edge is drawn at: the label of its strongest evidence type. */
    public static final String EVIDENCE_LEVEL = "evidence_level";
    /** Seed files quoted by an edge; on the network, the files of all seed documents. */
    public static final String SEED_FILES = "seed_files";
    public static final String EVIDENCE_QUOTES = "evidence_quotes";
    public static final String EVIDENCE_QUOTE_SEED_FILES = "evidence_quote_seed_files";
    public static final String BACKGROUND_STATEMENTS = "background_statements";
    public static final String SPECIES = "species";
    public static final String MODELS = "models";
    public static final String CONFIDENCE = "confidence";
    public static final String CURATOR_NOTES = "curator_notes";
    public static final String CURATION_REFS = "curation_refs";

    // Overlay (nodes)
    /** The shown condition's value of an overlay, which the overlay style colours by. */
    public static final String OVERLAY_VALUE = "overlay_value";

    // Network
    public static final String SEED_TITLES = "seed_titles";
    public static final String SEED_CITATIONS = "seed_citations";
    public static final String SEED_DOIS = "seed_dois";
    public static final String SEED_SHA256 = "seed_sha256";
    /** Put before a provenance key that would clash with one of the network columns above. */
    public static final String PROVENANCE_PREFIX = "provenance_";

    private Columns() {
    }
}
