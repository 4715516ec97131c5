package org.senescope.genes;

import java.util.List;
import java.util.Objects;

/**
 * One row of the curated human–mouse ortholog table: a human–mouse pair, or a gene with no ortholog in the other
 * species. Absent symbols and ids are empty strings, never null.
 *
 * @param humanSymbol HGNC symbol, empty for {@link OrthologType#MOUSE_ONLY}
 * @param humanEntrez human Entrez Gene id as text, empty for {@link OrthologType#MOUSE_ONLY}
 * @param mouseSymbol MGI symbol (e.g. {@code Trp53}), empty for {@link OrthologType#HUMAN_ONLY}
 * @param mouseEntrez mouse Entrez Gene id as text, or empty where none was verified from a public source
 * @param mgiId       MGI accession such as {@code MGI:98834}, or empty where none was verified
 * @param mouseEnsembl mouse Ensembl gene id without version ({@code ENSMUSG00000059552}), or empty where none was
 *                    verified from two public sources
 * @param mouseAliases other names of the mouse gene (e.g. {@code MULT1} for Ulbp1), as written; may be empty
 * @param type        how the two genes correspond
 * @param note        provenance and caveats, or empty
 */
public record MouseOrtholog(
        String humanSymbol,
        String humanEntrez,
        String mouseSymbol,
        String mouseEntrez,
        String mgiId,
        String mouseEnsembl,
        List<String> mouseAliases,
        OrthologType type,
        String note) {

    public MouseOrtholog {
        Objects.requireNonNull(humanSymbol, "humanSymbol");
        Objects.requireNonNull(humanEntrez, "humanEntrez");
        Objects.requireNonNull(mouseSymbol, "mouseSymbol");
        Objects.requireNonNull(mouseEntrez, "mouseEntrez");
        Objects.requireNonNull(mgiId, "mgiId");
        Objects.requireNonNull(mouseEnsembl, "mouseEnsembl");
        mouseAliases = List.copyOf(mouseAliases);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(note, "note");
        if (humanSymbol.isEmpty() != (type == OrthologType.MOUSE_ONLY)) {
            throw new IllegalArgumentException("a " + type.label() + " row must "
                    + (type == OrthologType.MOUSE_ONLY ? "not " : "") + "have a human symbol: " + mouseSymbol);
        }
        if (mouseSymbol.isEmpty() != (type == OrthologType.HUMAN_ONLY)) {
            throw new IllegalArgumentException("a " + type.label() + " row must "
                    + (type == OrthologType.HUMAN_ONLY ? "not " : "") + "have a mouse symbol: " + humanSymbol);
        }
        if (mouseSymbol.isEmpty() && !(mouseEntrez.isEmpty() && mgiId.isEmpty() && mouseEnsembl.isEmpty()
                && mouseAliases.isEmpty())) {
            throw new IllegalArgumentException("a row without a mouse symbol must not have mouse ids or aliases: "
                    + humanSymbol);
        }
    }

    /** Whether the row names a human gene. */
    public boolean hasHuman() {
        return !humanSymbol.isEmpty();
    }

    /** Whether the row names a mouse gene. */
    public boolean hasMouse() {
        return !mouseSymbol.isEmpty();
    }

    /** Whether the mouse gene has a verified Ensembl id. */
    public boolean hasMouseEnsembl() {
        return !mouseEnsembl.isEmpty();
    }

    /** Whether the human and mouse gene are each other's only ortholog. */
    public boolean isOneToOne() {
        return type.isOneToOne();
    }
}
