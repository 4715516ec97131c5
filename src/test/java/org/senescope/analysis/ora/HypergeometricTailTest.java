package org.senescope.analysis.ora;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HypergeometricTailTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance * Math.abs(expected),
                what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void handComputedSmallCase() {
        // N=20, K=5, n=4, k=3: (C(5,3) C(15,1) + C(5,4) C(15,0)) / C(20,4) = (150 + 5) / 4845.
        assertEquals(4845, ExactHypergeometric.choose(20, 4).intValue());
        assertRelative(155.0 / 4845.0, HypergeometricTail.upper(20, 5, 4, 3), 1e-12, "N=20 K=5 n=4 k=3");
        assertRelative(5.0 / 4845.0, HypergeometricTail.upper(20, 5, 4, 4), 1e-12, "k=4");
        assertEquals(0.0, HypergeometricTail.upper(20, 5, 4, 5));
        assertEquals(1.0, HypergeometricTail.upper(20, 5, 4, 0));
    }

    @Test
    void agreesWithExactRationalsOnAGridBothSidesOfTheMode() {
        int[][] cases = {{50, 10, 10, 1}, {50, 10, 10, 2}, {50, 10, 10, 6}, {100, 30, 40, 12}, {100, 30, 40, 20},
            {1000, 200, 50, 3}, {1000, 200, 50, 10}, {1000, 200, 50, 25}, {19000, 300, 400, 1}, {19000, 300, 400, 7},
            {19000, 300, 400, 30}, {19000, 500, 2000, 53}, {19000, 500, 2000, 60}, {19000, 500, 2000, 120},
            {60, 59, 30, 29}, {60, 59, 30, 30}, {20, 15, 10, 6}, {20, 15, 10, 8}};
        for (int[] c : cases) {
            double exact = ExactHypergeometric.upper(c[0], c[1], c[2], c[3]);
            assertRelative(exact, HypergeometricTail.upper(c[0], c[1], c[2], c[3]), 1e-12,
                    "N=" + c[0] + " K=" + c[1] + " n=" + c[2] + " k=" + c[3]);
        }
    }

    @Test
    void pValuesFarBelowTheNormalRangeStayPositiveAndPrecise() {
        double p = HypergeometricTail.upper(20000, 120, 120, 118);
        assertTrue(p > 0 && p < 1e-300, Double.toString(p));
        assertRelative(ExactHypergeometric.upper(20000, 120, 120, 118), p, 1e-12, "k=118");
        double subnormal = HypergeometricTail.upper(20000, 120, 120, 120);
        assertTrue(subnormal > 0, "1 / C(20000, 120) is about 7.2e-318, a subnormal double");
        assertRelative(7.19693e-318, subnormal, 1e-4, "k=120");
    }

    @Test
    void impossibleDistributionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HypergeometricTail.upper(10, 11, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> HypergeometricTail.upper(10, 2, 11, 1));
    }
}
