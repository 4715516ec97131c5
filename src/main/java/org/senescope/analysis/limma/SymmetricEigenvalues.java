package org.senescope.analysis.limma;

import java.util.Arrays;

/**
 * Eigenvalues of a small dense symmetric matrix: Householder reduction to tridiagonal form, then the implicit QL
 * algorithm with Wilkinson-type shifts. Used on Gram matrices, whose eigenvalues are the squared singular values fry
 * needs; this is much cheaper than a full singular value decomposition with its vectors.
 */
final class SymmetricEigenvalues {

    private static final int MAX_ITERATIONS = 60;

    private SymmetricEigenvalues() {
    }

    /**
     * @param a a symmetric matrix, overwritten (only its lower triangle is read)
     * @return its eigenvalues, largest first
     * @throws IllegalStateException if the QL iteration does not converge (not expected for finite input)
     */
    static double[] descending(double[][] a) {
        int n = a.length;
        double[] d = new double[n];
        double[] e = new double[n];
        tridiagonalise(a, d, e);
        diagonalise(d, e);
        Arrays.sort(d);
        for (int i = 0; i < n / 2; i++) {
            double t = d[i];
            d[i] = d[n - 1 - i];
            d[n - 1 - i] = t;
        }
        return d;
    }

    /** Householder reduction: on return d is the diagonal and e[1..n-1] the sub-diagonal (e[0] = 0). */
    private static void tridiagonalise(double[][] a, double[] d, double[] e) {
        int n = a.length;
        for (int i = n - 1; i > 0; i--) {
            int l = i - 1;
            double h = 0;
            if (l > 0) {
                double scale = 0;
                for (int k = 0; k <= l; k++) {
                    scale += Math.abs(a[i][k]);
                }
                if (scale == 0) {
                    e[i] = a[i][l];
                } else {
                    for (int k = 0; k <= l; k++) {
                        a[i][k] /= scale;
                        h += a[i][k] * a[i][k];
                    }
                    double f = a[i][l];
                    double g = f >= 0 ? -Math.sqrt(h) : Math.sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    a[i][l] = f - g;
                    f = 0;
                    for (int j = 0; j <= l; j++) {
                        g = 0;
                        for (int k = 0; k <= j; k++) {
                            g += a[j][k] * a[i][k];
                        }
                        for (int k = j + 1; k <= l; k++) {
                            g += a[k][j] * a[i][k];
                        }
                        e[j] = g / h;
                        f += e[j] * a[i][j];
                    }
                    double hh = f / (h + h);
                    for (int j = 0; j <= l; j++) {
                        f = a[i][j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        for (int k = 0; k <= j; k++) {
                            a[j][k] -= f * e[k] + g * a[i][k];
                        }
                    }
                }
            } else {
                e[i] = a[i][l];
            }
        }
        e[0] = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
    }

    /** Implicit QL on the tridiagonal matrix (d, e); d receives the eigenvalues, unordered. */
    private static void diagonalise(double[] d, double[] e) {
        int n = d.length;
        for (int i = 1; i < n; i++) {
            e[i - 1] = e[i];
        }
        e[n - 1] = 0;
        for (int l = 0; l < n; l++) {
            int iterations = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) + dd == dd) {
                        break;
                    }
                }
                if (m != l) {
                    if (iterations++ == MAX_ITERATIONS) {
                        throw new IllegalStateException("eigenvalues did not converge in " + MAX_ITERATIONS
                                + " iterations");
                    }
                    double g = (d[l + 1] - d[l]) / (2 * e[l]);
                    double r = Math.hypot(g, 1);
                    g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                    double s = 1;
                    double c = 1;
                    double p = 0;
                    int i;
                    boolean underflow = false;
                    for (i = m - 1; i >= l; i--) {
                        double f = s * e[i];
                        double b = c * e[i];
                        r = Math.hypot(f, g);
                        e[i + 1] = r;
                        if (r == 0) {
                            d[i + 1] -= p;
                            e[m] = 0;
                            underflow = true;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }
                    if (underflow) {
                        continue;
                    }
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            } while (m != l);
        }
    }
}
