package org.senescope.genes;

import java.util.List;
import java.util.Objects;

/**
 * A protein complex made of the products of several genes, such as IL-12 (IL12A + IL12B). A gene may serve in more
 * than one complex (IL12B in IL-12 and IL-23), so a subunit alone never identifies the complex. Lists are immutable.
 *
 * @param name           the complex's name, e.g. {@code IL-12}
 * @param subunitSymbols HGNC symbols of the subunit genes, at least two
 * @param aliases        other names of the complex
 * @param note           provenance and caveats, or empty
 */
public record GeneComplex(String name, List<String> subunitSymbols, List<String> aliases, String note) {
    public GeneComplex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        subunitSymbols = List.copyOf(subunitSymbols);
        aliases = List.copyOf(aliases);
        if (subunitSymbols.size() < 2) {
            throw new IllegalArgumentException("complex " + name + " needs at least two subunit genes");
        }
    }

    /** Whether {@code text} is the complex's name or one of its aliases, ignoring case. */
    public boolean isNamed(String text) {
        String wanted = text.trim();
        return name.equalsIgnoreCase(wanted) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(wanted));
    }
}
