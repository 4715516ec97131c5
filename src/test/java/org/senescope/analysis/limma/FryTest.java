package org.senescope.analysis.limma;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FryTest {

    static FilteredGeneSets sets;

    @BeforeAll
    static void read() throws IOException {
        ModeratedTTest.read();
        sets = new SetSizeFilter(15, 500).apply(P53Data.geneSets(), ModeratedTTest.p53.rowIds());
    }

    @Test
    void everySetEqualsLimma354Fry() {
        List<FrySetResult> results = Fry.fry(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", sets);
        Map<String, Map<String, String>> ref = P53Data.table("limma_p53_fry.tsv");
        assertEquals(ref.keySet(), new HashSet<>(results.stream().map(FrySetResult::name).toList()));
        double[] worst = new double[4];
        String[] worstSet = new String[4];
        for (FrySetResult r : results) {
            Map<String, String> row = ref.get(r.name());
            assertEquals(Integer.parseInt(row.get("NGenes")), r.genes(), r.name());
            assertEquals(row.get("Direction"), r.direction(), r.name());
            double[] ours = {r.pValue(), r.fdr(), r.pValueMixed(), r.fdrMixed()};
            String[] columns = {"PValue", "FDR", "PValue.Mixed", "FDR.Mixed"};
            for (int c = 0; c < 4; c++) {
                double e = ModeratedTTest.relative(ours[c], Double.parseDouble(row.get(columns[c])));
                if (e > worst[c]) {
                    worst[c] = e;
                    worstSet[c] = r.name();
                }
            }
        }
        String report = "fry: PValue " + worst[0] + " (" + worstSet[0] + ") FDR " + worst[1] + " PValue.Mixed "
                + worst[2] + " (" + worstSet[2] + ") FDR.Mixed " + worst[3];
        System.out.println(report);
        for (double w : worst) {
            assertTrue(w <= 1e-9, report);
        }
    }

    @Test
    void quadratureIntegratesPolynomialsExactlyAndChiSquareQuantilesInvert() {
        GaussLegendre q = GaussLegendre.uniform(128);
        for (int power : new int[] {0, 1, 48, 255}) {
            double integral = 0;
            for (int i = 0; i < 128; i++) {
                integral += Math.pow(q.nodes()[i], power) * q.weights()[i];
            }
            assertEquals(1.0 / (power + 1), integral, 1e-14, "u^" + power);
        }
        // qchisq(0.95, 1) = 1.959964^2; qchisq(p, 1) = x iff erf(sqrt(x / 2)) = p.
        assertEquals(3.8414588206941236, LimmaMath.qchisqOneDf(0.95), 1e-14);
        for (double p : new double[] {1e-9, 0.3, 0.999912}) {
            double x = LimmaMath.qchisqOneDf(p);
            assertEquals(1 - p, org.hipparchus.special.Erf.erfc(Math.sqrt(x / 2)), 1e-15, "p " + p);
        }
    }

    @Test
    void aSetWhoseGenesAllRiseIsUpAndOneWhoseGenesAllFallIsDown() {
        // 40 genes x 8 samples (4 per group) of smooth noise; genes 0-4 are raised in the test group, 5-9 lowered.
        int genes = 40;
        int samples = 8;
        double[] values = new double[genes * samples];
        List<String> ids = new java.util.ArrayList<>();
        for (int g = 0; g < genes; g++) {
            ids.add("G" + g);
            for (int s = 0; s < samples; s++) {
                double shift = s < 4 ? 0 : g < 5 ? 2 : g < 10 ? -2 : 0;
                values[g * samples + s] = 5 + Math.sin(1.3 * g + 2.1 * s) + 0.5 * Math.cos(g * s) + shift;
            }
        }
        org.senescope.model.data.ExpressionMatrix m = new org.senescope.model.data.ExpressionMatrix(ids,
                java.util.Collections.nCopies(genes, ""), List.of("a", "b", "c", "d", "e", "f", "g", "h"), values);
        org.senescope.model.data.SampleGroups groups = new org.senescope.model.data.SampleGroups(List.of("R", "T"),
                List.of("R", "R", "R", "R", "T", "T", "T", "T"));
        FilteredGeneSets two = new FilteredGeneSets(List.of(
                new IndexedGeneSet("HIGH", 5, new int[] {0, 1, 2, 3, 4}),
                new IndexedGeneSet("LOW", 5, new int[] {5, 6, 7, 8, 9}),
                new IndexedGeneSet("ONE", 1, new int[] {20})), List.of());
        List<FrySetResult> r = Fry.fry(m, groups, "R", "T", two);
        assertEquals("Up", r.get(0).direction());
        assertEquals("Down", r.get(1).direction());
        assertTrue(r.get(0).pValue() < 1e-3 && r.get(1).pValue() < 1e-3, r.toString());
        assertTrue(r.get(0).pValueMixed() < 1e-2 && r.get(1).pValueMixed() < 1e-2, r.toString());
        // A set of one gene has no mixed test of its own: limma reports the directional p-value.
        assertEquals(r.get(2).pValue(), r.get(2).pValueMixed());
        // Swapping the groups flips every direction and leaves every p-value as it was.
        List<FrySetResult> swapped = Fry.fry(m, groups, "T", "R", two);
        assertEquals("Down", swapped.get(0).direction());
        assertEquals("Up", swapped.get(1).direction());
        for (int i = 0; i < 3; i++) {
            assertEquals(r.get(i).pValue(), swapped.get(i).pValue(), 1e-12 * r.get(i).pValue());
            assertEquals(r.get(i).pValueMixed(), swapped.get(i).pValueMixed(), 1e-12 * r.get(i).pValueMixed());
        }
    }

    @Test
    void emptyOrOutOfRangeSetsAreRefusedWithTheirNames() {
        FilteredGeneSets empty = new FilteredGeneSets(List.of(new IndexedGeneSet("EMPTY", 3, new int[0])),
                List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fry.fry(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", empty));
        assertEquals("gene set EMPTY has no genes in the data; fry needs at least 1", e.getMessage());
        FilteredGeneSets outside = new FilteredGeneSets(List.of(new IndexedGeneSet("FAR", 1, new int[] {20_000})),
                List.of());
        e = assertThrows(IllegalArgumentException.class,
                () -> Fry.fry(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", outside));
        assertEquals("gene set FAR names gene position 20000, outside the data's 10100 genes", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Fry.fry(ModeratedTTest.p53, ModeratedTTest.groups,
                "WT", "MUT", new FilteredGeneSets(List.of(), List.of())));
        assertEquals("fry needs at least one gene set, found none", e.getMessage());
    }

    @Test
    void gramEigenvaluesAreTheSquaredSingularValues() {
        java.util.Random random = new java.util.Random(7);
        for (int[] shape : new int[][] {{60, 49}, {12, 49}, {2, 3}}) {
            double[][] e = new double[shape[0]][shape[1]];
            for (double[] row : e) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = random.nextGaussian();
                }
            }
            double[] singular = new org.hipparchus.linear.SingularValueDecomposition(
                    new org.hipparchus.linear.Array2DRowRealMatrix(e)).getSingularValues();
            int n = Math.min(shape[0], shape[1]);
            double[][] gram = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int r = 0; r < Math.max(shape[0], shape[1]); r++) {
                        gram[i][j] += shape[0] >= shape[1] ? e[r][i] * e[r][j] : e[i][r] * e[j][r];
                    }
                }
            }
            double[] eigen = SymmetricEigenvalues.descending(gram);
            assertEquals(n, eigen.length);
            for (int k = 0; k < n; k++) {
                assertEquals(singular[k] * singular[k], eigen[k], 1e-12 * eigen[0], shape[0] + "x" + shape[1] + " " + k);
            }
        }
    }

    @Test
    void effectsAreTheGroupEffectAndTheResidualsInAnOrthonormalBasis() {
        TwoGroupFit fit = TwoGroupFit.of(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT");
        double[][] effects = LinearModelEffects.twoGroups(ModeratedTTest.p53, fit.inTest());
        assertEquals(49, effects[0].length);
        for (int g = 0; g < effects.length; g += 101) {
            // The group effect is the coefficient over its unscaled standard deviation, sign kept (.lmEffects).
            assertEquals(fit.coefficient()[g] / fit.unscaledSd(), effects[g][0], 1e-12, "gene " + g);
            double residualSquares = 0;
            for (int k = 1; k < effects[g].length; k++) {
                residualSquares += effects[g][k] * effects[g][k];
            }
            assertEquals(fit.sigma2()[g] * fit.dfResidual(), residualSquares, 1e-12 * residualSquares, "gene " + g);
        }
    }
}
