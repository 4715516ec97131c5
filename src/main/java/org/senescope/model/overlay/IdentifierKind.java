package org.senescope.model.overlay;

import org.senescope.model.Species;

/** What an identifier column holds, species included: the type decides which table a value is looked up in. */
public enum IdentifierKind {
    /** HGNC symbols (aliases and previous symbols are tried when a value is not a current symbol). */
    HUMAN_SYMBOL("HGNC symbol", Species.HUMAN),
    /**
     * MGI symbols, matched to nodes through their mouse symbols, ignoring case; a name that is no mouse symbol is tried
     * as a mouse alias of the ortholog table (MULT1 is Ulbp1).
     */
    MOUSE_SYMBOL("MGI symbol", Species.MOUSE),
    /** Human Ensembl gene ids (ENSG), with or without a version suffix. */
    HUMAN_ENSEMBL("Ensembl gene id", Species.HUMAN),
    /**
     * Mouse Ensembl gene ids (ENSMUSG), with or without a version suffix, mapped through the ortholog table's verified
     * mouse Ensembl ids.
     */
    MOUSE_ENSEMBL("mouse Ensembl gene id", Species.MOUSE),
    /** Human Entrez Gene ids. */
    HUMAN_ENTREZ("Entrez Gene id", Species.HUMAN),
    /** Mouse Entrez Gene ids, mapped through the ortholog table. */
    MOUSE_ENTREZ("mouse Entrez Gene id", Species.MOUSE),
    /** UniProt accessions of human proteins. */
    UNIPROT("UniProt accession", Species.HUMAN);

    private final String label;
    private final Species species;

    IdentifierKind(String label, Species species) {
        this.label = label;
        this.species = species;
    }

    /** Words for reports, e.g. {@code HGNC symbol}. */
    public String label() {
        return label;
    }

    public Species species() {
        return species;
    }
}
