package org.senescope.analysis.limma;

import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

/**
 * Least-squares fit of {@code ~ group} for two groups, gene by gene: the group difference, its residuals and
 * residual variance. Samples of other groups are not allowed.
 */
record TwoGroupFit(double[] coefficient, double[] average, double[] sigma2, double[][] residuals, double unscaledSd,
                   double dfResidual, boolean[] inTest) {

    static TwoGroupFit of(ExpressionMatrix matrix, SampleGroups groups, String reference, String test) {
        boolean[] inTest = inTest(matrix, groups, reference, test);
        int n = inTest.length;
        int n1 = 0;
        for (boolean in : inTest) {
            n1 += in ? 1 : 0;
        }
        int n0 = n - n1;
        int genes = matrix.rowCount();
        double[] coefficient = new double[genes];
        double[] average = new double[genes];
        double[] sigma2 = new double[genes];
        double[][] residuals = new double[genes][n];
        double[] in1 = new double[n1];
        double[] in0 = new double[n0];
        for (int g = 0; g < genes; g++) {
            double[] row = matrix.row(g);
            int a = 0;
            int b = 0;
            for (int s = 0; s < n; s++) {
                if (!Double.isFinite(row[s])) {
                    throw new IllegalArgumentException("gene " + matrix.rowIds().get(g) + " has value " + row[s]
                            + " in sample " + matrix.sampleNames().get(s));
                }
                if (inTest[s]) {
                    in1[a++] = row[s];
                } else {
                    in0[b++] = row[s];
                }
            }
            double m1 = LimmaMath.mean(in1);
            double m0 = LimmaMath.mean(in0);
            coefficient[g] = m1 - m0;
            average[g] = LimmaMath.mean(row);
            double[] sq = new double[n];
            for (int s = 0; s < n; s++) {
                double r = row[s] - (inTest[s] ? m1 : m0);
                residuals[g][s] = r;
                sq[s] = r * r;
            }
            sigma2[g] = LimmaMath.sum(sq) / (n - 2);
        }
        return new TwoGroupFit(coefficient, average, sigma2, residuals, Math.sqrt(1.0 / n1 + 1.0 / n0), n - 2,
                inTest);
    }

    /** For each sample, whether it is in the test group; every sample must be in one of the two. */
    private static boolean[] inTest(ExpressionMatrix matrix, SampleGroups groups, String reference, String test) {
        int n = matrix.sampleCount();
        if (groups.labels().size() != n) {
            throw new IllegalArgumentException("the groups name " + groups.labels().size() + " samples, the matrix has "
                    + n);
        }
        if (reference.equals(test)) {
            throw new IllegalArgumentException("the reference and test groups are the same: " + test);
        }
        boolean[] inTest = new boolean[n];
        int n1 = 0;
        int n0 = 0;
        for (int s = 0; s < n; s++) {
            String label = groups.labels().get(s);
            if (label.equals(test)) {
                inTest[s] = true;
                n1++;
            } else if (label.equals(reference)) {
                n0++;
            } else {
                throw new IllegalArgumentException("sample " + matrix.sampleNames().get(s) + " is in group " + label
                        + ", neither " + reference + " nor " + test);
            }
        }
        if (n1 == 0 || n0 == 0 || n < 3) {
            throw new IllegalArgumentException("need at least one sample in each group and three in all; found "
                    + n1 + " " + test + " and " + n0 + " " + reference);
        }
        return inTest;
    }
}
