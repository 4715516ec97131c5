package org.senescope.model.overlay;

import java.util.Objects;

/**
 * What an identifier column was found to hold, and why.
 *
 * @param name     the column's name
 * @param index    its 0-based position
 * @param kind     the identifier type and species decided on
 * @param evidence the counts that decided it, in words (e.g. {@code 19,021 of 19,053 values look like human symbols
 *                 (capitals)})
 */
public record IdentifierColumn(String name, int index, IdentifierKind kind, String evidence) {
    public IdentifierColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** One line for the summary: {@code column 'gene_symbol': HGNC symbol (human) - <evidence>}. */
    public String describe() {
        return "column '" + name + "': " + kind.label() + " (" + kind.species().label() + ") - " + evidence;
    }
}
