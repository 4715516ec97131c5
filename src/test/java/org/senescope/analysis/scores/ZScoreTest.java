package org.senescope.analysis.scores;

import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.read.gct.GctReader;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ZScoreTest {

    /** The P53 matrix on the log2 scale, as the reference was computed. */
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

    @Test
    void p53ScoresEqualGsva146ZscoreTo1e9() throws IOException {
        SampleScores scores = ZScore.score(p53Log2(), P53Data.geneSets(), new SetSizeFilter(15, 500));
        Map<String, Map<String, String>> reference = P53Data.table("gsva_p53_zscore.tsv");
        assertEquals(reference.keySet(), new java.util.HashSet<>(scores.sets()));
        assertEquals(0, scores.droppedRows());
        double worst = 0;
        for (int s = 0; s < scores.sets().size(); s++) {
            Map<String, String> row = reference.get(scores.sets().get(s));
            for (int j = 0; j < scores.samples().size(); j++) {
                double expected = Double.parseDouble(row.get(scores.samples().get(j)));
                double relative = Math.abs(scores.value(s, j) - expected) / Math.max(Math.abs(expected), 1e-300);
                worst = Math.max(worst, relative);
            }
        }
        assertEquals(0, worst, 1e-9, "largest relative difference");
    }

    @Test
    void constantAndIncompleteRowsAreLeftOutAndCounted() {
        ExpressionMatrix m = new ExpressionMatrix(List.of("A", "B", "C", "D", "E"), List.of("", "", "", "", ""),
                List.of("s1", "s2", "s3"), new double[] {1, 2, 3, 5, 5, 5, 1, Double.NaN, 2, 2, 4, 9, 0, 1, 0});
        SampleScores scores = ZScore.score(m, List.of(new GeneSet("S", "", List.of("A", "B", "D"))),
                new SetSizeFilter(1, 10));
        assertEquals(2, scores.droppedRows());
        // A: z = -1, 0, 1; D: mean 5, sd sqrt(13), z = -3/sqrt13, -1/sqrt13, 4/sqrt13; sum over sqrt(2).
        double d = Math.sqrt(13);
        assertEquals((-1 - 3 / d) / Math.sqrt(2), scores.value(0, 0), 1e-15);
        assertEquals((1 + 4 / d) / Math.sqrt(2), scores.value(0, 2), 1e-15);
    }
}
