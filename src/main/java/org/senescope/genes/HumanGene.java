package org.senescope.genes;

import java.util.List;
import java.util.Objects;

/**
 * One human gene as Entrez Gene describes it. Absent text is the empty string and absent ids an empty list, never
 * null; lists are immutable.
 *
 * @param entrezId   NCBI Entrez Gene id, positive and unique in a table
 * @param symbol     the official (HGNC) symbol, e.g. {@code TP53}
 * @param name       the full name, e.g. {@code tumor protein p53}, or empty
 * @param geneType   Entrez gene type, e.g. {@code protein-coding}, or empty
 * @param ensemblIds Ensembl gene ids without version suffix
 * @param uniprotIds UniProt accessions
 * @param aliases    other symbols and previous symbols, as written (case kept)
 * @param chromosome chromosome name, e.g. {@code 17}, or empty
 */
public record HumanGene(
        int entrezId,
        String symbol,
        String name,
        String geneType,
        List<String> ensemblIds,
        List<String> uniprotIds,
        List<String> aliases,
        String chromosome) {

    public HumanGene {
        if (entrezId < 1) {
            throw new IllegalArgumentException("Entrez id must be positive: " + entrezId);
        }
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geneType, "geneType");
        Objects.requireNonNull(chromosome, "chromosome");
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("gene " + entrezId + " has an empty symbol");
        }
        ensemblIds = List.copyOf(ensemblIds);
        uniprotIds = List.copyOf(uniprotIds);
        aliases = List.copyOf(aliases);
    }

    /** The Entrez id as text, the form {@link org.senescope.model.Node#entrezIds()} uses. */
    public String entrezIdText() {
        return Integer.toString(entrezId);
    }
}
