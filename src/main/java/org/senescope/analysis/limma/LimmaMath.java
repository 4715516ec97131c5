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

    /**
     * Digamma for x > 0, to a few units in the last place: the recurrence up to x >= 10, then the asymptotic series.
     * Hipparchus's digamma is off by about 3e-9 near 1.5 and 24, enough to move limma's prior variance by 1e-10.
     */
    static double digamma(double x) {
        if (Double.isNaN(x) || x <= 0) {
            return Double.NaN;
        }
        double shift = 0;
        while (x < 10) {
            shift -= 1 / x;
            x += 1;
        }
        double ix2 = 1 / (x * x);
        // ln x - 1/(2x) - sum B_2k / (2k x^2k), k = 1..7
        double series = ix2 * (1.0 / 12 - ix2 * (1.0 / 120 - ix2 * (1.0 / 252 - ix2 * (1.0 / 240 - ix2 * (1.0 / 132
                - ix2 * (691.0 / 32760 - ix2 / 12))))));
        return shift + Math.log(x) - 0.5 / x - series;
    }

    /** Trigamma for x > 0: the recurrence up to x >= 10, then the asymptotic series. */
    static double trigamma(double x) {
        if (Double.isNaN(x) || x <= 0) {
            return Double.NaN;
        }
        double shift = 0;
        while (x < 10) {
            shift += 1 / (x * x);
            x += 1;
        }
        double ix = 1 / x;
        double ix2 = ix * ix;
        // 1/x + 1/(2x^2) + sum B_2k / x^(2k+1), k = 1..7
        double series = ix * ix2 * (1.0 / 6 - ix2 * (1.0 / 30 - ix2 * (1.0 / 42 - ix2 * (1.0 / 30 - ix2 * (5.0 / 66
                - ix2 * (691.0 / 2730 - ix2 * 7.0 / 6))))));
        return shift + ix + 0.5 * ix2 + series;
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
        double a = df / 2;
        double x = df / (df + t2);
        double p;
        if (x > (a + 1) / (a + 2.5)) {
            // x near 1, where the continued fraction converges slowly and the tail is not small: the complement,
            // with 1 - x = t^2/(df+t^2) computed directly rather than by subtraction.
            p = 1 - ibeta(t2 / (df + t2), 0.5, a);
        } else {
            // Directly, never as 1 - something: with many degrees of freedom t^2 < df can still be far in the tail.
            p = ibeta(x, a, 0.5);
        }
        return p / 2;
    }

    /** R's {@code pt(t, df, lower.tail)}. */
    static double pt(double t, double df, boolean lowerTail) {
        double tail = tUpperOfAbs(t, df);
        boolean smallSide = lowerTail ? t <= 0 : t >= 0;
        return smallSide ? tail : 1 - tail;
    }

    /** Density of Student's t on {@code df} degrees of freedom (R's {@code dt}), for finite df. */
    static double dt(double t, double df) {
        double logDensity = Gamma.logGamma((df + 1) / 2) - Gamma.logGamma(df / 2) - 0.5 * Math.log(df * Math.PI)
                - (df + 1) / 2 * Math.log1p(t * t / df);
        return Math.exp(logDensity);
    }

    /**
     * R's {@code qt(p, df, lower.tail = FALSE)} for 0 < p <= 0.5: Newton's method on the log of the tail probability
     * from a Cornish–Fisher start, to full double precision (R's own qt also ends with Newton steps).
     */
    static double qtUpper(double p, double df) {
        if (!(p > 0 && p <= 0.5)) {
            throw new IllegalArgumentException("qtUpper needs 0 < p <= 0.5, found " + p);
        }
        if (p == 0.5) {
            return 0;
        }
        double z;
        if (p > 1e-8) {
            z = Math.sqrt(2) * Erf.erfcInv(2 * p);
        } else {
            // erfcInv(2p) rounds 1 - 2p to 1 here; start from the normal tail's Mills-ratio approximation instead.
            double logTail = -Math.log(p);
            z = Math.sqrt(2 * logTail - Math.log(2 * logTail) - Math.log(2 * Math.PI));
        }
        if (Double.isInfinite(df)) {
            return z;
        }
        double t = z + (z * z * z + z) / (4 * df);
        double logP = Math.log(p);
        for (int iter = 0; iter < 100; iter++) {
            double tail = tUpperOfAbs(t, df);
            // d log(tail) / dt = -dt(t) / tail; the step in log space converges from either side in both tails.
            double step = (Math.log(tail) - logP) * tail / dt(t, df);
            double next = t + step;
            if (!(next > 0)) {
                next = t / 2;
            } else if (Double.isInfinite(next)) {
                next = t * 2;
            }
            if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** R's {@code pbeta(x, a, b, lower.tail = FALSE)}, accurate in relative terms when small. */
    static double pbetaUpper(double x, double a, double b) {
        if (Double.isNaN(x) || !(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        if (x >= 1) {
            return 0;
        }
        return Beta.regularizedBeta(1 - x, b, a, BETA_EPSILON, BETA_ITERATIONS);
    }

    /** R's {@code qchisq(p, df = 1)} for 0 <= p < 1: {@code 2 erf^-1(p)^2}, polished by Newton steps. */
    static double qchisqOneDf(double p) {
        if (p == 0) {
            return 0;
        }
        double y = Erf.erfInv(p);
        double complement = 1 - p;
        for (int iter = 0; iter < 3; iter++) {
            // On the upper half erfc(y) - (1 - p) keeps the digits that erf(y) - p would cancel.
            double residual = p < 0.5 ? Erf.erf(y) - p : complement - Erf.erfc(y);
            y -= residual / (2 / Math.sqrt(Math.PI) * Math.exp(-y * y));
        }
        return 2 * y * y;
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
