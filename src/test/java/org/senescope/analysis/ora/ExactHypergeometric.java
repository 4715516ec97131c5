package org.senescope.analysis.ora;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** The hypergeometric upper tail as an exact rational, for checking the double computation. */
final class ExactHypergeometric {

    private ExactHypergeometric() {
    }

    static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < Math.min(k, n - k); i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    /** P[X >= k] for population N, K marked, sample n, as sum C(K,x) C(N-K,n-x) / C(N,n), to 40 digits. */
    static double upper(int population, int marked, int n, int k) {
        BigInteger numerator = BigInteger.ZERO;
        for (int x = Math.max(k, 0); x <= Math.min(marked, n); x++) {
            numerator = numerator.add(choose(marked, x).multiply(choose(population - marked, n - x)));
        }
        return new BigDecimal(numerator).divide(new BigDecimal(choose(population, n)), new MathContext(40))
                .doubleValue();
    }
}
