package org.senescope.analysis.ora;

import java.util.List;
import java.util.Objects;

/**
 * The over-representation test of one gene set.
 *
 * @param name           the set's name
 * @param sizeBefore     genes in the set as given
 * @param size           genes of the set in the background (K)
 * @param overlap        selected genes in the set (k)
 * @param expected       overlap expected by chance, {@code n * K / N}
 * @param foldEnrichment {@code overlap / expected}
 * @param p              one-sided hypergeometric p-value, {@code P[X >= overlap]}
 * @param q              Benjamini–Hochberg q-value over all tested sets
 * @param overlapGenes   the selected genes in the set, in the set's order
 */
public record OraSetResult(String name, int sizeBefore, int size, int overlap, double expected,
                           double foldEnrichment, double p, double q, List<String> overlapGenes) {
    public OraSetResult {
        Objects.requireNonNull(name, "name");
        overlapGenes = List.copyOf(overlapGenes);
        if (overlapGenes.size() != overlap) {
            throw new IllegalArgumentException("overlap " + overlap + " but " + overlapGenes.size() + " genes");
        }
    }
}
