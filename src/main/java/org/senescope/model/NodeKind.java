package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/** What a network node stands for. The {@link #label()} is the word used in curation files and exports. */
public enum NodeKind {
    GENE("gene"),
    GENE_FAMILY("gene family"),
    /** A protein complex made of several genes' products, such as IL-12 (IL12A + IL12B). */
    COMPLEX("complex"),
    CELL_TYPE("cell type"),
    PROCESS("process"),
    PHENOTYPE("phenotype"),
    DRUG_CLASS("drug class"),
    /** A treatment that is not a drug, such as radiotherapy. */
    THERAPY("therapy"),
    DISEASE("disease");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether nodes of this kind stand for one or more genes, so that they carry gene identifiers. */
    public boolean isGeneBased() {
        return this == GENE || this == GENE_FAMILY || this == COMPLEX;
    }

    public static Optional<NodeKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
