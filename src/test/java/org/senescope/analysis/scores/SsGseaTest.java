package org.senescope.analysis.scores;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsGseaTest {

    private static ExpressionMatrix p53;

    @BeforeAll
    static void read() throws IOException {
        p53 = ZScoreTest.p53Log2();
    }

    @Test
    void rawScoresEqualGsva146() {
        SampleScores raw = SsGsea.score(p53, P53Data.geneSets(), new SetSizeFilter(15, 500), SsGsea.DEFAULT_ALPHA,
                false);
        assertEquals(0, GsvaTest.worstRelative(raw, "gsva_p53_ssgsea_raw.tsv"), 1e-9);
    }

    @Test
    void normalisedScoresEqualGsva146() {
        SampleScores norm = SsGsea.score(p53, P53Data.geneSets(), new SetSizeFilter(15, 500), SsGsea.DEFAULT_ALPHA,
                true);
        assertEquals(0, GsvaTest.worstRelative(norm, "gsva_p53_ssgsea_norm.tsv"), 1e-9);
    }

    @Test
    void tiedValuesGetTheirAverageRankTruncatedAsGsva146Does() {
        // Values 5, 1, 5, 3: ranks 3.5, 1, 3.5, 2, truncated to 3, 1, 3, 2.
        assertArrayEquals(new int[] {3, 1, 3, 2}, SsGsea.truncatedAverageRanks(new double[] {5, 1, 5, 3}));
    }

    @Test
    void aSetAtTheTopScoresHigherThanOneAtTheBottom() {
        ExpressionMatrix m = new ExpressionMatrix(List.of("A", "B", "C", "D", "E", "F"),
                List.of("", "", "", "", "", ""), List.of("s"), new double[] {6, 5, 4, 3, 2, 1});
        SampleScores scores = SsGsea.score(m, List.of(new GeneSet("TOP", "", List.of("A", "B")),
                new GeneSet("BOTTOM", "", List.of("E", "F"))), new SetSizeFilter(1, 5), 0.25, false);
        assertTrue(scores.value(0, 0) > 0 && scores.value(1, 0) < 0, scores.toString());
    }
}
