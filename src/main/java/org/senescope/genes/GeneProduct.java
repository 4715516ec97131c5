package org.senescope.genes;

import java.util.List;
import java.util.Objects;
import org.senescope.model.Species;

/**
 * One named product of a gene that makes several, such as p16INK4a and ARF from CDKN2A. Names are what the
 * literature writes; aliases are immutable and may be shared between products (ARF names p14ARF and p19Arf).
 *
 * @param hgncSymbol the human gene symbol (for a mouse product, the symbol of its human ortholog, e.g. CDKN2A)
 * @param product    the product's name, e.g. {@code p14ARF}
 * @param species    the species the product name belongs to
 * @param aliases    other names of the product
 * @param note       provenance and caveats, or empty
 */
public record GeneProduct(String hgncSymbol, String product, Species species, List<String> aliases, String note) {
    public GeneProduct {
        Objects.requireNonNull(hgncSymbol, "hgncSymbol");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(note, "note");
        aliases = List.copyOf(aliases);
    }

    /** Whether {@code name} is the product's name or one of its aliases, ignoring case. */
    public boolean isNamed(String name) {
        String wanted = name.trim();
        return product.equalsIgnoreCase(wanted) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(wanted));
    }
}
