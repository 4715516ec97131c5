package org.senescope.analysis.singlecell;

import org.senescope.failure.BadDataException;

import java.util.Arrays;

/**
 * The ranks of every gene within one cell, by decreasing value (rank 1 the highest), computed from the cell's stored
 * values alone: the genes at 0 form one tied block after all positive values, so their ranks follow from counts
 * without sorting them. Two tie rules: the average rank of the tied group (R's {@code ties.method = "average"}) and
 * the gene order (R's {@code "first"}: among equal values the gene with the lower index ranks first). Reused cell
 * after cell (its buffers grow to the largest cell); not thread-safe.
 */
final class CellRanks {

    private final int geneCount;
    /** Entry of each gene in the current cell's positive values, or -1. */
    private final int[] entryOf;
    private int[] genes = new int[0];
    private double[] sorted = new double[0];
    private double[] averageRank = new double[0];
    private int[] firstRank = new int[0];
    private int[] seen = new int[0];
    private int positive;

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
        double[] byGene = Arrays.copyOf(sorted, positive);
        Arrays.sort(sorted, 0, positive);
        Arrays.fill(seen, 0, positive, 0);
        for (int e = 0; e < positive; e++) {
            int start = lowerBound(byGene[e]);
            int end = upperBound(byGene[e], start);
            int above = positive - end;
            averageRank[e] = above + (end - start + 1) / 2.0;
            firstRank[e] = above + 1 + seen[start]++; // entries come in gene order, so ties rank by gene
            entryOf[genes[e]] = e;
        }
    }

    /** The average rank of gene {@code gene} in the current cell. */
    double averageRank(int gene) {
        int e = entryOf[gene];
        return e >= 0 ? averageRank[e] : (positive + 1 + geneCount) / 2.0;
    }

    /** The rank of gene {@code gene} in the current cell with ties broken by gene order. */
    int firstRank(int gene) {
        int e = entryOf[gene];
        if (e >= 0) {
            return firstRank[e];
        }
        // the zeros rank after the positive values, in gene order
        int positiveBefore = -Arrays.binarySearch(genes, 0, positive, gene) - 1;
        return positive + 1 + gene - positiveBefore;
    }

    private void grow(int size) {
        if (genes.length < size) {
            genes = new int[size];
            sorted = new double[size];
            averageRank = new double[size];
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
