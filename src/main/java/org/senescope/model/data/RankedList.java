package org.senescope.model.data;

import java.util.Arrays;
import java.util.List;

/**
 * Genes with one statistic each (a .rnk file, or a column of a differential-expression table), in input order.
 * Immutable; the statistics are copied in and out.
 */
public final class RankedList {

    private final List<String> genes;
    private final double[] statistics;

    public RankedList(List<String> genes, double[] statistics) {
        this.genes = List.copyOf(genes);
        if (statistics.length != genes.size()) {
            throw new IllegalArgumentException("one statistic per gene is needed");
        }
        this.statistics = statistics.clone();
    }

    public List<String> genes() {
        return genes;
    }

    public int size() {
        return genes.size();
    }

    public double statistic(int i) {
        return statistics[i];
    }

    public double[] statistics() {
        return statistics.clone();
    }

    @Override
    public String toString() {
        return "RankedList[" + genes.size() + " genes, first " + genes.stream().limit(3).toList()
                + " " + Arrays.toString(Arrays.copyOf(statistics, Math.min(3, statistics.length))) + "]";
    }
}
