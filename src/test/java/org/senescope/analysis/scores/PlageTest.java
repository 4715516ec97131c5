package org.senescope.analysis.scores;

import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlageTest {

    @Test
    void p53ScoresEqualGsva146UpToSign() throws IOException {
        SampleScores scores = Plage.score(ZScoreTest.p53Log2(), P53Data.geneSets(), new SetSizeFilter(15, 500));
        Map<String, Map<String, String>> reference = P53Data.table("gsva_p53_plage.tsv");
        assertEquals(reference.keySet(), new HashSet<>(scores.sets()));
        double worst = 0;
        for (int s = 0; s < scores.sets().size(); s++) {
            Map<String, String> row = reference.get(scores.sets().get(s));
            double[] expected = scores.samples().stream().mapToDouble(n -> Double.parseDouble(row.get(n))).toArray();
            double dot = 0;
            for (int j = 0; j < expected.length; j++) {
                dot += expected[j] * scores.value(s, j);
            }
            double sign = Math.signum(dot);
            for (int j = 0; j < expected.length; j++) {
                worst = Math.max(worst, Math.abs(sign * scores.value(s, j) - expected[j]) / Math.abs(expected[j]));
            }
        }
        assertEquals(0, worst, 1e-9, "largest relative difference up to sign");
    }

    @Test
    void theSignMakesHighSetGenesScorePositive() {
        // Genes A and B rise together from sample 1 to 3; the set's score must rise too.
        ExpressionMatrix m = new ExpressionMatrix(List.of("A", "B", "C"), List.of("", "", ""),
                List.of("s1", "s2", "s3"), new double[] {1, 2, 4, 2, 3, 5, 7, 1, 3});
        SampleScores scores = Plage.score(m, List.of(new GeneSet("AB", "", List.of("A", "B"))),
                new SetSizeFilter(1, 5));
        assertTrue(scores.value(0, 0) < scores.value(0, 2), scores.toString());
    }
}
