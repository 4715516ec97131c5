package org.senescope.analysis.scores;

import org.jspecify.annotations.Nullable;

import org.senescope.model.data.ExpressionMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a matrix standardised across samples, as GSVA's z-score and PLAGE start: (x - mean) / sd with R's
 * two-pass mean and n - 1 variance. Rows with a missing value or zero spread are left out and counted.
 *
 * @param genes   ids of the rows kept, in matrix order
 * @param z       their standardised values, parallel to {@code genes}
 * @param dropped rows left out
 */
record StandardisedRows(List<String> genes, List<double[]> z, int dropped) {

    static StandardisedRows of(ExpressionMatrix matrix) {
        List<String> genes = new ArrayList<>();
        List<double[]> z = new ArrayList<>();
        for (int r = 0; r < matrix.rowCount(); r++) {
            double[] row = standardised(matrix.row(r));
            if (row != null) {
                genes.add(matrix.rowIds().get(r));
                z.add(row);
            }
        }
        return new StandardisedRows(List.copyOf(genes), List.copyOf(z), matrix.rowCount() - genes.size());
    }

    /** The standardised row; null for a missing value or zero spread. */
    private static double @Nullable [] standardised(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        double mean = mean(x);
        double sd = standardDeviation(x);
        if (!(sd > 0)) {
            return null;
        }
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean) / sd;
        }
        return z;
    }

    /** R's mean: the sum over n, corrected by a second pass over the residuals. */
    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / x.length;
        double correction = 0;
        for (double v : x) {
            correction += v - mean;
        }
        return mean + correction / x.length;
    }

    /** R's sd: the square root of the n - 1 variance around {@link #mean}. */
    static double standardDeviation(double[] x) {
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }
}
