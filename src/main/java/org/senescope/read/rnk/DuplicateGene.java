package org.senescope.read.rnk;

import java.util.List;
import java.util.Objects;

/**
 * A gene found on several lines of a ranked list.
 *
 * @param gene  the gene as written
 * @param lines the 1-based lines it is on
 * @param kept  the statistic kept under the rule (the first line's under {@link DuplicateRule#KEEP_ALL})
 */
public record DuplicateGene(String gene, List<Long> lines, double kept) {
    public DuplicateGene {
        Objects.requireNonNull(gene, "gene");
        lines = List.copyOf(lines);
    }
}
