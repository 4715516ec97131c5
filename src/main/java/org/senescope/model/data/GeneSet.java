package org.senescope.model.data;

import java.util.List;
import java.util.Objects;

/**
 * A named set of genes, from a GMT file or a network module.
 *
 * @param name        unique name within its collection
 * @param description free text (a GMT file's second column), or empty
 * @param genes       the genes, deduplicated, in first-seen order
 */
public record GeneSet(String name, String description, List<String> genes) {
    public GeneSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        genes = List.copyOf(genes);
    }
}
