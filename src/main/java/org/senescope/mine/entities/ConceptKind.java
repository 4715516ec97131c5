package org.senescope.mine.entities;

/** What a recognised name stands for. */
public enum ConceptKind {
    /** A node of the network (a gene node, a cell type, process, therapy, family or complex). */
    NODE,
    /** A human gene of the gene table that is not a gene node of the network. */
    HUMAN_GENE,
    /** A mouse gene of the ortholog table that is not a gene node of the network. */
    MOUSE_GENE,
    /** A name that several genes bear equally: reported, never resolved to one of them. */
    AMBIGUOUS
}
