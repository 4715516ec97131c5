package org.senescope.analysis.limma;

import org.senescope.analysis.FilteredGeneSets;

/**
 * limma's {@code geneSetTest(index, statistics, alternative, ranks.only = TRUE)} (also {@code wilcoxGST}): a
 * Wilcoxon rank-sum test of a set's statistics against all genes, with the normal approximation, continuity correction
 * and tie correction of {@code rankSumTestWithCorrelation} and no inter-gene correlation. The simulation variant
 * ({@code ranks.only = FALSE}) is not provided. Stateless and thread-safe.
 */
public final class GeneSetTest {

    /** The alternative hypothesis, as limma names it. */
    public enum Alternative {
        /** The set's absolute statistics are larger than the others' ({@code "mixed"}). */
        MIXED,
        /** The set's statistics are larger ({@code "up"}). */
        UP,
        /** The set's statistics are smaller ({@code "down"}). */
        DOWN,
        /** Either way: twice the smaller one-sided p-value ({@code "either"}), not capped at 1, as limma. */
        EITHER
    }

    private GeneSetTest() {
    }

    /**
     * One p-value per set of {@code sets.kept()}, in that order.
     *
     * @param statistic one finite value per gene, in the order {@code sets} was indexed against
     * @throws IllegalArgumentException for a non-finite statistic, or UP/DOWN/EITHER with statistics all of one sign
     *                                  (limma's F-like statistics, for which only MIXED is possible)
     */
    public static double[] ranks(double[] statistic, FilteredGeneSets sets, Alternative alternative) {
        boolean allNonNegative = true;
        boolean allNonPositive = true;
        for (int g = 0; g < statistic.length; g++) {
            if (!Double.isFinite(statistic[g])) {
                throw new IllegalArgumentException("statistic " + (g + 1) + " is " + statistic[g]);
            }
            allNonNegative &= statistic[g] >= 0;
            allNonPositive &= statistic[g] <= 0;
        }
        if ((allNonNegative || allNonPositive) && alternative != Alternative.MIXED) {
            throw new IllegalArgumentException("statistics of one sign are F-like: only the mixed alternative is "
                    + "possible");
        }
        double[] stat = new double[statistic.length];
        for (int g = 0; g < stat.length; g++) {
            stat[g] = switch (alternative) {
                case MIXED -> Math.abs(statistic[g]);
                case DOWN -> -statistic[g];
                default -> statistic[g];
            };
        }
        double[] ranks = RankSum.ranks(stat);
        double[] p = new double[sets.kept().size()];
        for (int i = 0; i < p.length; i++) {
            double[] lessGreater = RankSum.test(ranks, sets.kept().get(i).positions(), 0, Double.POSITIVE_INFINITY);
            p[i] = alternative == Alternative.EITHER ? 2 * Math.min(lessGreater[0], lessGreater[1]) : lessGreater[1];
        }
        return p;
    }
}
