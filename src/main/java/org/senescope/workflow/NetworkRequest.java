package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Build the senescence–immunity network. Immutable; nulls are not accepted.
 *
 * @param curation the curation and seeds to build from
 * @param genes    the gene tables the curation is checked against
 * @param output   the files to write, or none
 */
public record NetworkRequest(Curation curation, Genes genes, FileOutput output) {

    public NetworkRequest {
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(genes, "genes");
        Objects.requireNonNull(output, "output");
    }

    /** The bundled network, no files: what the Cytoscape app builds. */
    public static NetworkRequest bundled() {
        return new NetworkRequest(Curation.BUNDLED, Genes.BUNDLED, FileOutput.NONE);
    }

    /** The curation and seed documents to build from. */
    public sealed interface Curation permits Curation.Bundled, Curation.Folders {

        /** The curation and seeds packed in Senescope. */
        Curation BUNDLED = new Curation.Bundled();

        /** The curation and seeds packed in Senescope. */
        record Bundled() implements Curation {
        }

        /**
         * A curation folder and a seeds folder of the user's.
         *
         * @param curation nodes.tsv, claims.tsv, modules.tsv, sources.tsv and optionally layout.tsv
         * @param seeds    the seed documents the claims quote
         */
        record Folders(Path curation, Path seeds) implements Curation {
            public Folders {
                Objects.requireNonNull(curation, "curation");
                Objects.requireNonNull(seeds, "seeds");
            }
        }
    }

    /** The gene tables identifiers are checked against. */
    public sealed interface Genes permits Genes.Bundled, Genes.HgncUpdate {

        /** The human gene table and mouse orthologs packed in Senescope. */
        Genes BUNDLED = new Genes.Bundled();

        /** The human gene table and mouse orthologs packed in Senescope. */
        record Bundled() implements Genes {
        }

        /**
         * The packed tables, with symbols and aliases updated from a newer HGNC download (genenames.org's 13-column
         * text format); every line it skips and every gene it cannot place is reported.
         */
        record HgncUpdate(Path hgncFile) implements Genes {
            public HgncUpdate {
                Objects.requireNonNull(hgncFile, "hgncFile");
            }
        }
    }
}
