package org.senescope.analysis.limma;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.read.cls.ClsReader;
import org.senescope.read.gct.GctReader;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModeratedTTest {

    static ExpressionMatrix p53;
    static SampleGroups groups;
    static ModeratedTResult fit;

    @BeforeAll
    static void read() throws IOException {
        p53 = p53Log2();
        groups = new ClsReader().read(P53Data.DATA.resolve("gsea-p53/P53.cls"), p53.sampleNames());
        fit = ModeratedT.twoGroups(p53, groups, "WT", "MUT");
    }

    static ExpressionMatrix p53Log2() throws IOException {
        ExpressionMatrix m = new GctReader().read(P53Data.DATA.resolve("gsea-p53/P53_collapsed_symbols.gct")).matrix();
        double[] values = new double[m.rowCount() * m.sampleCount()];
        for (int r = 0; r < m.rowCount(); r++) {
            for (int s = 0; s < m.sampleCount(); s++) {
                values[r * m.sampleCount() + s] = Math.log(m.value(r, s)) / Math.log(2);
            }
        }
        return new ExpressionMatrix(m.rowIds(), m.rowDescriptions(), m.sampleNames(), values);
    }

    static double relative(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    }

    @Test
    void everyGeneEqualsLimma354TopTable() {
        Map<String, Map<String, String>> ref = P53Data.table("p53_limma_toptable_MUT_vs_WT.tsv");
        Map<String, Map<String, String>> modt = P53Data.table("p53_limma_moderated_t.tsv");
        assertEquals(ref.size(), fit.genes().size());
        double[] worst = new double[5];
        double[] logFC = fit.logFC();
        double[] ave = fit.aveExpr();
        double[] t = fit.t();
        double[] p = fit.p();
        double[] q = fit.adjP();
        for (int g = 0; g < fit.genes().size(); g++) {
            Map<String, String> row = ref.get(fit.genes().get(g));
            worst[0] = Math.max(worst[0], relative(logFC[g], Double.parseDouble(row.get("logFC"))));
            worst[1] = Math.max(worst[1], relative(ave[g], Double.parseDouble(row.get("AveExpr"))));
            worst[2] = Math.max(worst[2], relative(t[g], Double.parseDouble(row.get("t"))));
            worst[3] = Math.max(worst[3], relative(p[g], Double.parseDouble(row.get("P.Value"))));
            worst[4] = Math.max(worst[4], relative(q[g], Double.parseDouble(row.get("adj.P.Val"))));
            assertEquals(Double.parseDouble(modt.get(fit.genes().get(g)).get("t")), t[g],
                    1e-9 * Math.abs(t[g]), fit.genes().get(g));
        }
        String report = "logFC " + worst[0] + " AveExpr " + worst[1] + " t " + worst[2] + " P " + worst[3] + " adjP "
                + worst[4] + " s2.prior " + fit.s2Prior() + " df.prior " + fit.dfPrior();
        System.out.println(report);
        for (double w : worst) {
            assertTrue(w <= 1e-9, report);
        }
    }

    @Test
    void everyGenesBStatisticEqualsLimma354TopTable() {
        Map<String, Map<String, String>> ref = P53Data.table("p53_limma_toptable_MUT_vs_WT.tsv");
        double[] b = fit.b();
        double worst = 0;
        String worstGene = "";
        for (int g = 0; g < b.length; g++) {
            double e = relative(b[g], Double.parseDouble(ref.get(fit.genes().get(g)).get("B")));
            if (e > worst) {
                worst = e;
                worstGene = fit.genes().get(g);
            }
        }
        String report = "B " + worst + " (" + worstGene + ") var.prior " + fit.varPrior();
        System.out.println(report);
        assertTrue(worst <= 1e-9, report);
    }

    @Test
    void upperTQuantileInvertsTheTail() {
        for (double df : new double[] {1, 3.017, 51.017, 1e4}) {
            for (double p : new double[] {0.5, 0.3, 1e-3, 1e-12, 1e-40}) {
                double t = LimmaMath.qtUpper(p, df);
                assertEquals(p, LimmaMath.tUpperOfAbs(t, df), 1e-12 * p, "df " + df + " p " + p);
            }
        }
        // Cauchy: qt(0.25, 1, lower.tail = FALSE) = 1.
        assertEquals(1, LimmaMath.qtUpper(0.25, 1), 1e-15);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LimmaMath.qtUpper(0.75, 5));
    }

    /**
     * The reference files hold no s2.prior or df.prior, but they fix them: limma's t gives each gene's posterior
     * variance s2.post = (logFC / (t * sqrt(1/n1 + 1/n0)))^2 = (48 s2 + d0 s0^2) / (48 + d0), a straight line in the
     * gene's residual variance s2. Its least-squares slope and intercept give d0 and s0^2.
     */
    @Test
    void priorImpliedByTheReferenceEqualsOurs() {
        Map<String, Map<String, String>> ref = P53Data.table("p53_limma_toptable_MUT_vs_WT.tsv");
        double unscaled = Math.sqrt(1.0 / groups.count("MUT") + 1.0 / groups.count("WT"));
        double[] s2 = fit.sigma2();
        int n = s2.length;
        double[] post = new double[n];
        for (int g = 0; g < n; g++) {
            Map<String, String> row = ref.get(fit.genes().get(g));
            double ratio = Double.parseDouble(row.get("logFC")) / (Double.parseDouble(row.get("t")) * unscaled);
            post[g] = ratio * ratio;
        }
        double mx = LimmaMath.mean(s2);
        double my = LimmaMath.mean(post);
        double sxy = 0;
        double sxx = 0;
        for (int g = 0; g < n; g++) {
            sxy += (s2[g] - mx) * (post[g] - my);
            sxx += (s2[g] - mx) * (s2[g] - mx);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double df = fit.dfResidual();
        double dfPrior = df / slope - df;
        double s2Prior = intercept / (1 - slope);
        System.out.println("implied df.prior " + dfPrior + " s2.prior " + s2Prior);
        assertEquals(dfPrior, fit.dfPrior(), 1e-12 * dfPrior);
        assertEquals(s2Prior, fit.s2Prior(), 1e-12 * s2Prior);
        assertEquals(df + fit.dfPrior(), fit.dfTotal(), 1e-12);
        assertEquals(48, fit.dfResidual());
    }

    @Test
    void equalVariancesGiveAnInfinitePriorAndTheCommonVariance() {
        SqueezedVariances sv = ModeratedT.squeezeVar(new double[] {2, 2, 2, 2}, 5);
        assertEquals(Double.POSITIVE_INFINITY, sv.dfPrior());
        assertEquals(2 * Math.exp(-LimmaMath.digamma(2.5) + Math.log(2.5)), sv.s2Prior(), 1e-12);
        assertEquals(sv.s2Prior(), sv.varPost()[0]);
    }

    @Test
    void samplesOutsideTheTwoGroupsAreRefused() {
        ExpressionMatrix m = new ExpressionMatrix(java.util.List.of("A", "B", "C"), java.util.List.of("", "", ""),
                java.util.List.of("s1", "s2", "s3"), new double[] {1, 2, 3, 4, 5, 6, 7, 8, 10});
        SampleGroups three = new SampleGroups(java.util.List.of("x", "y", "z"), java.util.List.of("x", "y", "z"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ModeratedT.twoGroups(m, three, "x", "y"));
    }

    @Test
    void twoSidedTailKeepsPrecisionForTinyAndNearOneProbabilities() {
        // P(|T| > 0) = 1 exactly; P(|T| > 40) on 50 df is about 1e-39, far below 1 - 1e-16.
        assertEquals(1, 2 * LimmaMath.tUpperOfAbs(0, 50), 0);
        double tiny = 2 * LimmaMath.tUpperOfAbs(40, 50);
        assertTrue(tiny > 0 && tiny < 1e-30, "tail " + tiny);
        // Cauchy (df 1): P(T > 1) = 1/4.
        assertEquals(0.25, LimmaMath.tUpperOfAbs(1, 1), 1e-15);
        // Far tails where t^2 < df (mpmath at 40 digits): computing them as 1 - (a number near 1) loses every digit.
        assertEquals(2.7168521779608517e-09, LimmaMath.tUpperOfAbs(7, 51.017), 1e-13 * 2.7168521779608517e-09);
        assertEquals(1.4917833018046013e-10, LimmaMath.tUpperOfAbs(7, 100), 1e-13 * 1.4917833018046013e-10);
        assertEquals(2.1620286933872636e-31, LimmaMath.tUpperOfAbs(12, 1000), 1e-12 * 2.1620286933872636e-31);
    }

    @Test
    void trigammaInverseInvertsTrigamma() {
        for (double y : new double[] {0.01, 0.5, 3, 24, 1000}) {
            assertEquals(y, LimmaMath.trigammaInverse(LimmaMath.trigamma(y)), 1e-12 * y);
        }
    }

    @Test
    void digammaAndTrigammaMatchHighPrecisionValues() {
        // mpmath at 30 digits: x, digamma(x), trigamma(x)
        double[][] known = {
                {0.3, -3.5025242222001331249, 12.245364546107731301},
                {1.5, 0.036489973978576520559, 0.93480220054467930942},
                {1.5087, 0.044591541138020716177, 0.92764461812432211312},
                {3, 0.92278433509846713939, 0.39493406684822643647},
                {24, 3.1570758461853073419, 0.042546774368336690298},
                {49.5, 3.8918376507263717826, 0.020407455046879992139},
                {1000, 6.9072551956488120521, 0.0010005001666666333334}};
        for (double[] k : known) {
            assertEquals(k[1], LimmaMath.digamma(k[0]), 4e-15 * Math.max(1, Math.abs(k[1])), "digamma " + k[0]);
            assertEquals(k[2], LimmaMath.trigamma(k[0]), 4e-15 * k[2], "trigamma " + k[0]);
        }
    }

    @Test
    void tetragammaMatchesKnownValues() {
        // psi''(1) = -2 zeta(3)
        assertEquals(-2 * 1.2020569031595942, LimmaMath.tetragamma(1), 1e-14);
        assertEquals(-2 * 1.2020569031595942 + 2, LimmaMath.tetragamma(2), 1e-14);
    }
}
