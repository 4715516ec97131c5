package org.senescope.analysis.gsea;

import java.util.Arrays;

/**
 * The GSEA enrichment score of a gene set and its leading edge, computed as fgsea's {@code calcGseaStat} does: the
 * running sum steps up by each member's weight over the members' total weight and down by 1/(N - m) for each other
 * gene; the score is the extreme deviation from zero (0 when the positive and negative extremes are equal).
 *
 * @param score              the enrichment score
 * @param leadingEdgeRanks   ranks of the leading-edge genes: for a positive score the members up to the peak in
 *                           rank order, for a negative one the members from the trough to the end, last first (as
 *                           fgsea lists them); empty for a score of 0
 */
public record EnrichmentScore(double score, int[] leadingEdgeRanks) {

    public EnrichmentScore {
        leadingEdgeRanks = leadingEdgeRanks.clone();
    }

    @Override
    public int[] leadingEdgeRanks() {
        return leadingEdgeRanks.clone();
    }

    /**
     * Computes the score.
     *
     * @param weights       one weight per gene in rank order (absolute statistics for weight parameter 1)
     * @param sortedMembers ranks of the set's genes, ascending and distinct, at least one and fewer than all genes
     */
    public static EnrichmentScore of(double[] weights, int[] sortedMembers) {
        int m = sortedMembers.length;
        int n = weights.length;
        double total = 0;
        for (int rank : sortedMembers) {
            total += weights[rank];
        }
        double cumulative = 0;
        double maxTop = Double.NEGATIVE_INFINITY;
        double minBottom = Double.POSITIVE_INFINITY;
        int argMax = 0;
        int argMin = 0;
        for (int i = 0; i < m; i++) {
            double w = weights[sortedMembers[i]];
            cumulative += w;
            double step = total == 0 ? (double) (i + 1) / m : cumulative / total;
            double top = step - (double) (sortedMembers[i] - i) / (n - m);
            double bottom = total == 0 ? top - 1.0 / m : top - w / total;
            if (top > maxTop) {
                maxTop = top;
                argMax = i;
            }
            if (bottom < minBottom) {
                minBottom = bottom;
                argMin = i;
            }
        }
        if (maxTop > -minBottom) {
            return new EnrichmentScore(maxTop, Arrays.copyOf(sortedMembers, argMax + 1));
        }
        if (maxTop < -minBottom) {
            int[] edge = new int[m - argMin];
            for (int i = 0; i < edge.length; i++) {
                edge[i] = sortedMembers[m - 1 - i];
            }
            return new EnrichmentScore(minBottom, edge);
        }
        return new EnrichmentScore(0, new int[0]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrichmentScore other && Double.compare(score, other.score) == 0
                && Arrays.equals(leadingEdgeRanks, other.leadingEdgeRanks);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(score) * 31 + Arrays.hashCode(leadingEdgeRanks);
    }

    @Override
    public String toString() {
        return "EnrichmentScore[" + score + ", leading edge of " + leadingEdgeRanks.length + "]";
    }
}
