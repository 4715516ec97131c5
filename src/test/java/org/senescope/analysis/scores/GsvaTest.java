package org.senescope.analysis.scores;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GSVA 1.46 method "gsva" on the log2 P53 matrix, all three reference variants, to 1e-9 relative. */
class GsvaTest {

    private static ExpressionMatrix p53;

    @BeforeAll
    static void read() throws IOException {
        p53 = ZScoreTest.p53Log2();
    }

    static double worstRelative(SampleScores scores, String referenceFile) {
        Map<String, Map<String, String>> reference = P53Data.table(referenceFile);
        assertEquals(reference.keySet(), new HashSet<>(scores.sets()));
        double worst = 0;
        for (int s = 0; s < scores.sets().size(); s++) {
            Map<String, String> row = reference.get(scores.sets().get(s));
            for (int j = 0; j < scores.samples().size(); j++) {
                double expected = Double.parseDouble(row.get(scores.samples().get(j)));
                worst = Math.max(worst, Math.abs(scores.value(s, j) - expected) / Math.abs(expected));
            }
        }
        return worst;
    }

    private static SampleScores gsva(Gsva.Kernel kernel, boolean maxDifference) {
        return Gsva.score(p53, P53Data.geneSets(), new SetSizeFilter(15, 500), kernel, maxDifference);
    }

    @Test
    void gaussianKernelWithMaxDifference() {
        assertEquals(0, worstRelative(gsva(Gsva.Kernel.GAUSSIAN, true), "gsva_p53_gsva_gaussian_mxdiffTRUE.tsv"), 1e-9);
    }

    @Test
    void gaussianKernelWithoutMaxDifference() {
        assertEquals(0, worstRelative(gsva(Gsva.Kernel.GAUSSIAN, false), "gsva_p53_gsva_gaussian_mxdiffFALSE.tsv"),
                1e-9);
    }

    @Test
    void empiricalCdfWithMaxDifference() {
        assertEquals(0, worstRelative(gsva(Gsva.Kernel.ECDF, true), "gsva_p53_gsva_ecdf_mxdiffTRUE.tsv"), 1e-9);
    }
}
