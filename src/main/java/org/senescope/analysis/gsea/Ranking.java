package org.senescope.analysis.gsea;

import org.senescope.model.data.RankedList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Genes sorted by decreasing statistic, ready for GSEA. Genes of equal statistic keep their input order (R's stable
 * sort, which fgsea uses). A gene named more than once keeps its first row in input order; later rows are dropped and
 * listed in {@link #droppedDuplicates()}, because fgsea would otherwise match set members to one arbitrary copy.
 * Immutable and thread-safe.
 */
public final class Ranking {

    private final List<String> genes;
    private final double[] statistics;
    private final List<String> droppedDuplicates;
    private final int ties;

    private Ranking(List<String> genes, double[] statistics, List<String> droppedDuplicates, int ties) {
        this.genes = List.copyOf(genes);
        this.statistics = statistics;
        this.droppedDuplicates = List.copyOf(droppedDuplicates);
        this.ties = ties;
    }

    /**
     * Sorts a ranked list.
     *
     * @throws RankingException when the list is empty or a statistic is NaN or infinite (named with its gene and
     *                          1-based position in the list)
     */
    public static Ranking of(RankedList list) throws RankingException {
        if (list.size() == 0) {
            throw new RankingException("the ranking has no genes");
        }
        Set<String> seen = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            double s = list.statistic(i);
            if (!Double.isFinite(s)) {
                throw new RankingException("gene " + list.genes().get(i) + " (entry " + (i + 1)
                        + " of the ranking) has statistic " + s + "; expected a finite number");
            }
            if (seen.add(list.genes().get(i))) {
                keep.add(i);
            } else {
                dropped.add(list.genes().get(i));
            }
        }
        keep.sort(Comparator.comparingDouble((Integer i) -> list.statistic(i)).reversed());
        List<String> genes = new ArrayList<>(keep.size());
        double[] stats = new double[keep.size()];
        for (int k = 0; k < stats.length; k++) {
            genes.add(list.genes().get(keep.get(k)));
            stats[k] = list.statistic(keep.get(k));
        }
        return new Ranking(genes, stats, dropped, countTies(stats));
    }

    /** fgsea's count: non-zero statistics equal to an earlier one. */
    private static int countTies(double[] sortedStats) {
        int ties = 0;
        double previous = Double.NaN;
        for (double s : sortedStats) {
            if (s != 0 && s == previous) {
                ties++;
            }
            previous = s;
        }
        return ties;
    }

    /** Genes, highest statistic first. */
    public List<String> genes() {
        return genes;
    }

    public int size() {
        return statistics.length;
    }

    /** The statistic of the gene at a rank (0 = highest). */
    public double statistic(int rank) {
        return statistics[rank];
    }

    /** The weights GSEA uses with weight parameter 1: absolute statistics, in rank order. */
    public double[] weights() {
        double[] w = new double[statistics.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.abs(statistics[i]);
        }
        return w;
    }

    /** Genes dropped because an earlier row had the same name, in input order. */
    public List<String> droppedDuplicates() {
        return droppedDuplicates;
    }

    /** Non-zero statistics equal to another one; their genes' relative order is the input order. */
    public int ties() {
        return ties;
    }

    /** Whether every statistic has the same sign (GSEA then has no negative or no positive side to compare). */
    public boolean isOneSided() {
        return Arrays.stream(statistics).allMatch(s -> s > 0) || Arrays.stream(statistics).allMatch(s -> s < 0);
    }
}
