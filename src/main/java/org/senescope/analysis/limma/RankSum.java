package org.senescope.analysis.limma;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** limma's {@code rankSumTestWithCorrelation}: a Wilcoxon–Mann–Whitney test allowing for inter-gene correlation. */
final class RankSum {

    private RankSum() {
    }

    /** Ranks from 1, ties sharing their average rank (R's {@code rank}). */
    static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double average = (i + 1 + j + 1) / 2.0;
            for (int k = i; k <= j; k++) {
                r[order[k]] = average;
            }
            i = j + 1;
        }
        return r;
    }

    /**
     * limma's rank-sum test of one set against the other genes, with the variance inflated for inter-gene correlation.
     *
     * @param ranks       ranks of all statistics ({@link #ranks})
     * @param index       positions of the set
     * @param correlation inter-gene correlation
     * @param df          degrees of freedom of the t approximation ({@code Infinity}: normal)
     * @return {@code {less, greater}}: p-values for a set ranked lower, higher
     */
    static double[] test(double[] ranks, int[] index, double correlation, double df) {
        double n = ranks.length;
        double n1 = index.length;
        double n2 = n - n1;
        double[] inSet = new double[index.length];
        for (int k = 0; k < index.length; k++) {
            inSet[k] = ranks[index[k]];
        }
        double u = n1 * n2 + n1 * (n1 + 1) / 2 - LimmaMath.sum(inSet);
        double mu = n1 * n2 / 2;
        double sigma2;
        if (correlation == 0 || n1 == 1) {
            sigma2 = n1 * n2 * (n + 1) / 12;
        } else {
            sigma2 = Math.asin(1) * n1 * n2 + Math.asin(0.5) * n1 * n2 * (n2 - 1)
                    + Math.asin(correlation / 2) * n1 * (n1 - 1) * n2 * (n2 - 1)
                    + Math.asin((correlation + 1) / 2) * n1 * (n1 - 1) * n2;
            sigma2 = sigma2 / 2 / Math.PI;
        }
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        double ties = 0;
        boolean anyTie = false;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            if (t > 1) {
                anyTie = true;
            }
            ties += t * (t + 1) * (t - 1);
            i = j + 1;
        }
        if (anyTie) {
            sigma2 = sigma2 * (1 - ties / (n * (n + 1) * (n - 1)));
        }
        double zLowerTail = (u + 0.5 - mu) / Math.sqrt(sigma2);
        double zUpperTail = (u - 0.5 - mu) / Math.sqrt(sigma2);
        return new double[] {LimmaMath.pt(zUpperTail, df, false), LimmaMath.pt(zLowerTail, df, true)};
    }
}
