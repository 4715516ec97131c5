package org.senescope.analysis.limma;

import org.senescope.model.data.ExpressionMatrix;

/**
 * limma's {@code .lmEffects} for the design {@code ~ group} with the group coefficient as the contrast: each gene's
 * values rotated by {@code Q'} of the design's QR decomposition, keeping the group effect (its sign preserved) and the
 * {@code n - 2} residual effects. R decomposes with LINPACK's Householder {@code dqrdc2}; the residual basis it picks
 * matters to fry (its robust variance drops each gene's largest squared effect), so the same reflections are used
 * here rather than any orthonormal basis.
 */
final class LinearModelEffects {

    private LinearModelEffects() {
    }

    /**
     * The effects of a two-group design, gene by gene.
     *
     * @param inTest for each sample (the matrix's columns), whether it is in the test group; the rest are the
     *               reference group, which is the intercept
     * @return one row per gene: the group effect, then the residual effects ({@code samples - 1} values)
     */
    static double[][] twoGroups(ExpressionMatrix matrix, boolean[] inTest) {
        int n = inTest.length;
        double[] intercept = new double[n];
        double[] group = new double[n];
        for (int s = 0; s < n; s++) {
            intercept[s] = 1;
            group[s] = inTest[s] ? 1 : 0;
        }
        double[] first = reflector(intercept);
        apply(first, group, 0);
        double[] tail = new double[n - 1];
        System.arraycopy(group, 1, tail, 0, n - 1);
        double[] second = reflector(tail);
        // R(2,2) = -norm with the sign of the reflected column's leading value; .lmEffects keeps the effect's sign.
        double sign = tail[0] != 0 ? -Math.signum(tail[0]) : -1;
        int genes = matrix.rowCount();
        double[][] effects = new double[genes][];
        double[] y = new double[n];
        for (int g = 0; g < genes; g++) {
            System.arraycopy(matrix.row(g), 0, y, 0, n);
            apply(first, y, 0);
            apply(second, y, 1);
            double[] e = new double[n - 1];
            System.arraycopy(y, 1, e, 0, n - 1);
            e[0] *= sign;
            effects[g] = e;
        }
        return effects;
    }

    /**
     * dqrdc2's Householder vector for column {@code x}: {@code x / (±|x|)} with 1 added to its first entry, the sign
     * being that of {@code x[0]}; the reflection is {@code I - u u' / u[0]}.
     */
    private static double[] reflector(double[] x) {
        double norm = norm(x);
        if (norm == 0) {
            throw new IllegalArgumentException("the design is not of full rank");
        }
        if (x[0] != 0) {
            norm = Math.copySign(norm, x[0]);
        }
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = x[i] / norm;
        }
        u[0] += 1;
        return u;
    }

    /** Applies the reflection {@code u} to {@code y[from..]} in place, as LINPACK's {@code dqrsl}. */
    private static void apply(double[] u, double[] y, int from) {
        double dot = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * y[from + i];
        }
        double t = -dot / u[0];
        for (int i = 0; i < u.length; i++) {
            y[from + i] += t * u[i];
        }
    }

    private static double norm(double[] x) {
        double scale = 0;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : x) {
            double r = v / scale;
            sum += r * r;
        }
        return scale * Math.sqrt(sum);
    }
}
