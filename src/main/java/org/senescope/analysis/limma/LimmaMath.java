package org.senescope.analysis.limma;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/** Numerical helpers shared by the limma methods: polygamma functions, t and normal tails, careful means. */
final class LimmaMath {

    private static final double BETA_EPSILON = 1e-15;
    private static final int BETA_ITERATIONS = 100_000;

    private LimmaMath() {
    }

    static double digamma(double x) {
        return Gamma.digamma(x);
    }

    static double trigamma(double x) {
        return Gamma.trigamma(x);
    }

    /** The second derivative of digamma (R's {@code psigamma(x, 2)}), for x > 0. */
    static double tetragamma(double x) {
        double shift = 0;
        while (x < 20) {
            shift -= 2 / (x * x * x);
            x += 1;
        }
        double ix = 1 / x;
        double ix2 = ix * ix;
        // Asymptotic series -1/x^2 - 1/x^3 - 1/(2x^4) + 1/(6x^6) - 1/(6x^8) + 3/(10x^10) - 5/(6x^12)
        return shift - ix2 - ix2 * ix - ix2 * ix2 * (0.5 - ix2 * (1.0 / 6 - ix2 * (1.0 / 6 - ix2 * (3.0 / 10
                - ix2 * 5.0 / 6))));
    }

    /**
     * Inverse of trigamma by Newton's method from {@code 0.5 + 1/x}, as limma's {@code trigammaInverse}: stops when
     * the relative step falls below 1e-8 or after 50 iterations.
     */
    static double trigammaInverse(double x) {
        if (Double.isNaN(x) || x < 0) {
            return Double.NaN;
        }
        if (x > 1e7) {
            return 1 / Math.sqrt(x);
        }
        if (x < 1e-6) {
            return 1 / x;
        }
        double y = 0.5 + 1 / x;
        for (int iter = 1; ; iter++) {
            double tri = trigamma(y);
            double dif = tri * (1 - tri / x) / tetragamma(y);
            y += dif;
            if (-dif / y < 1e-8 || iter > 50) {
                return y;
            }
        }
    }

    /** Regularized incomplete beta I_x(a, b). */
    private static double ibeta(double x, double a, double b) {
        return Beta.regularizedBeta(x, a, b, BETA_EPSILON, BETA_ITERATIONS);
    }

    /** P(T > |t|) for Student's t on {@code df} degrees of freedom, accurate in relative terms in both tails. */
    static double tUpperOfAbs(double t, double df) {
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(df)) {
            return normalUpper(Math.abs(t));
        }
        double t2 = t * t;
        if (Double.isInfinite(t2)) {
            return 0;
        }
        double p;
        if (t2 < df) {
            // x = df/(df+t^2) near 1: use the complement with 1 - x = t^2/(df+t^2) computed directly.
            p = 1 - ibeta(t2 / (df + t2), 0.5, df / 2);
        } else {
            p = ibeta(df / (df + t2), df / 2, 0.5);
        }
        return p / 2;
    }

    /** R's {@code pt(t, df, lower.tail)}. */
    static double pt(double t, double df, boolean lowerTail) {
        double tail = tUpperOfAbs(t, df);
        boolean smallSide = lowerTail ? t <= 0 : t >= 0;
        return smallSide ? tail : 1 - tail;
    }

    /** P(Z > z) for the standard normal. */
    static double normalUpper(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }

    /** Hill's (1970) approximation of the z-score with the same tail probability as t on df, as limma's zscoreT. */
    static double zscoreTHill(double x, double df) {
        double a = df - 0.5;
        double b = 48 * a * a;
        double z = a * Math.log1p(x / df * x);
        z = (((((-0.4 * z - 3.3) * z - 24) * z - 85.5) / (0.8 * z * z + 100 + b) + z + 3) / b + 1) * Math.sqrt(z);
        return x < 0 ? -z : z;
    }

    /** Mean with a compensated sum and R's second pass (R accumulates in extended precision). */
    static double mean(double[] v) {
        double s = sum(v);
        double m = s / v.length;
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i] - m;
        }
        return m + sum(d) / v.length;
    }

    /** Sample variance (denominator n - 1), two-pass. */
    static double variance(double[] v) {
        double m = mean(v);
        double[] sq = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i] - m;
            sq[i] = d * d;
        }
        return sum(sq) / (v.length - 1);
    }

    /** Neumaier-compensated sum. */
    static double sum(double[] v) {
        double s = 0;
        double c = 0;
        for (double x : v) {
            double t = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
        }
        return s + c;
    }
}
