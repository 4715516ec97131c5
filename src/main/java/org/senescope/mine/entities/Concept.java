package org.senescope.mine.entities;

import java.util.Objects;

/**
 * What a name in a text stands for.
 *
 * @param id     the normalised id: a network node id, an HGNC symbol, an MGI symbol, or for an ambiguous name
 *               {@code ambiguous:} and the candidate symbols joined by {@code |}
 * @param kind   what kind of thing it is
 * @param symbol the HGNC (human) or MGI (mouse) symbol of a gene, empty for anything else
 */
public record Concept(String id, ConceptKind kind, String symbol) {

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("empty concept id");
        }
    }

    /** Whether relations may be read for it: an ambiguous name is reported but takes part in none. */
    public boolean isResolved() {
        return kind != ConceptKind.AMBIGUOUS;
    }
}
