package org.senescope.model.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The enrichment of one gene set in a ranking.
 *
 * @param name        the set's name
 * @param sizeBefore  genes in the set as given
 * @param size        genes of the set in the ranking
 * @param score       enrichment score (ES)
 * @param normalized  ES over the mean score of random sets of the same size and sign (NES); NaN when no random set
 *                    had that sign
 * @param p           p-value; NaN when it could not be estimated (no random set of the score's sign)
 * @param log2Error   expected standard deviation of log2(p); NaN when unknown (p at eps, or the multilevel
 *                    correction below one half, as fgsea reports it)
 * @param q           Benjamini–Hochberg adjusted p-value over all sets of the run
 * @param method      how p was estimated
 * @param leadingEdge leading-edge genes, in fgsea's order
 */
public record GseaSetResult(String name, int sizeBefore, int size, double score, double normalized, double p,
                         double log2Error, double q, PValueMethod method, List<String> leadingEdge) {

    /** How a p-value was estimated. */
    public enum PValueMethod {
        /** From the random sets of the normalisation step, precise enough for this p. */
        PERMUTATION,
        /** By adaptive multilevel splitting. */
        MULTILEVEL,
        /** Not estimated. */
        NONE
    }

    public GseaSetResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        leadingEdge = List.copyOf(leadingEdge);
    }

    /** {@code up} for a positive score, {@code down} for a negative one, {@code none} for 0. */
    public String direction() {
        return score > 0 ? "up" : score < 0 ? "down" : "none";
    }
}
