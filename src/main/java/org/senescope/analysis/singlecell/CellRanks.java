package org.senescope.analysis.singlecell;

import org.senescope.failure.BadDataException;

import java.util.Arrays;

/**
 * The ranks of every gene within one cell, by decreasing value (rank 1 the highest), computed from the cell's stored
 * values alone: the genes at 0 form one tied block after all positive values, so their ranks follow from counts
 * without sorting them. Ranks are worked out when asked, so a score that reads a few genes pays for a sort alone. Two
 * tie rules: the average rank of the tied group (R's {@code ties.method = "average"}) and
 * the gene order (R's {@code "first"}: among equal values the gene with the lower index ranks first). Reused cell
 * after cell (its buffers grow to the largest cell); not thread-safe.
 */
final class CellRanks {

    private final int geneCount;
    /** Entry of each gene in the current cell's positive values, or -1. */
    private final int[] entryOf;
    private int[] genes = new int[0];
    private double[] sorted = new double[0];
    /** The positive values in gene order, while {@link #sorted} is sorted. */
    private double[] byGene = new double[0];
    private int[] firstRank = new int[0];
    private int[] seen = new int[0];
    private int positive;
    /** Whether {@link #firstRank} holds the current cell's ranks (worked out on the first call of the cell). */
    private boolean firstRanked;

    CellRanks(int geneCount) {
        this.geneCount = geneCount;
        this.entryOf = new int[geneCount];
        Arrays.fill(entryOf, -1);
    }

    /** Ranks the genes of {@code column}, cell number {@code cell} (for messages); values must be finite, >= 0. */
    void rank(SparseColumn column, int cell) {
        for (int i = 0; i < positive; i++) {
            entryOf[genes[i]] = -1;
        }
        grow(column.size());
        positive = 0;
        for (int i = 0; i < column.size(); i++) {
            double v = column.value(i);
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new BadDataException("cell " + (cell + 1) + ", gene " + (column.gene(i) + 1) + ": value " + v
                        + " cannot be ranked (expected finite values >= 0)");
            }
            if (v > 0) {
                genes[positive] = column.gene(i);
                sorted[positive++] = v;
            }
        }
        System.arraycopy(sorted, 0, byGene, 0, positive);
        Arrays.sort(sorted, 0, positive);
        for (int e = 0; e < positive; e++) {
            entryOf[genes[e]] = e;
        }
        firstRanked = false;
    }

    /**
     * The average rank of gene {@code gene} in the current cell: found when asked (two binary searches), since UCell
     * asks it of a set's genes only.
     */
    double averageRank(int gene) {
        int e = entryOf[gene];
        if (e < 0) {
            return (positive + 1 + geneCount) / 2.0;
        }
        int start = lowerBound(byGene[e]);
        int end = upperBound(byGene[e], start);
        return positive - end + (end - start + 1) / 2.0;
    }

    /** The rank of gene {@code gene} in the current cell with ties broken by gene order. */
    int firstRank(int gene) {
        int e = entryOf[gene];
        if (e >= 0) {
            if (!firstRanked) {
                rankFirst();
            }
            return firstRank[e];
        }
        // the zeros rank after the positive values, in gene order
        int positiveBefore = -Arrays.binarySearch(genes, 0, positive, gene) - 1;
        return positive + 1 + gene - positiveBefore;
    }

    /** Ranks every positive value of the current cell, ties by gene order. */
    private void rankFirst() {
        Arrays.fill(seen, 0, positive, 0);
        for (int e = 0; e < positive; e++) {
            int start = lowerBound(byGene[e]);
            int end = upperBound(byGene[e], start);
            firstRank[e] = positive - end + 1 + seen[start]++; // entries come in gene order, so ties rank by gene
        }
        firstRanked = true;
    }

    private void grow(int size) {
        if (genes.length < size) {
            genes = new int[size];
            sorted = new double[size];
            byGene = new double[size];
            firstRank = new int[size];
            seen = new int[size];
        }
    }

    /** First position in the sorted values holding {@code v} (which is there). */
    private int lowerBound(double v) {
        int lo = 0;
        int hi = positive;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position after {@code from} holding a value above {@code v}. */
    private int upperBound(double v, int from) {
        int lo = from;
        int hi = positive;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
