package org.senescope.analysis.scores;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.cli.SenescopeCommand;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingscoreTest {

    private static ExpressionMatrix p53;
    private static List<GeneSet> sets;

    @BeforeAll
    static void read() throws IOException {
        p53 = ZScoreTest.p53Log2();
        sets = P53Data.geneSets();
    }

    /** The largest relative difference from a reference table, after checking it covers the same sets. */
    private static double worstRelative(SampleScores ours, String referenceFile) {
        Map<String, Map<String, String>> reference = P53Data.table(referenceFile);
        assertEquals(reference.keySet(), new HashSet<>(ours.sets()), referenceFile);
        assertEquals(368, ours.sets().size());
        double worst = 0;
        int compared = 0;
        for (int s = 0; s < ours.sets().size(); s++) {
            Map<String, String> row = reference.get(ours.sets().get(s));
            assertEquals(ours.samples().size() + 1, row.size(), referenceFile);
            for (int j = 0; j < ours.samples().size(); j++) {
                double expected = Double.parseDouble(row.get(ours.samples().get(j)));
                worst = Math.max(worst, relative(ours.value(s, j), expected));
                compared++;
            }
        }
        assertEquals(368 * 50, compared);
        return worst;
    }

    private static double relative(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    }

    @Test
    void centredScoresAndDispersionsEqualSingscoreMultiScore() {
        Singscore.Scores result = Singscore.score(p53, sets, new SetSizeFilter(15, 500));
        assertEquals(0, result.scores().droppedRows());
        assertEquals(215, result.scores().skipped().size());
        assertEquals(0, worstRelative(result.scores(), "singscore_p53_multiScore_scores.tsv"), 1e-9);
        assertEquals(0, worstRelative(result.dispersions(), "singscore_p53_multiScore_dispersions.tsv"), 1e-9);
    }

    @Test
    void uncentredScoresEqualSingscoreMultiScore() {
        Singscore.Scores result = Singscore.score(p53, sets, new SetSizeFilter(15, 500), false);
        assertEquals(0, worstRelative(result.scores(), "singscore_p53_multiScore_scores_uncentered.tsv"), 1e-9);
        assertEquals(0, worstRelative(result.dispersions(), "singscore_p53_multiScore_dispersions.tsv"), 1e-9);
    }

    @Test
    void fridmanUpDownEqualsSingscoreSimpleScore() {
        GeneSet up = sets.stream().filter(s -> s.name().equals("FRIDMAN_SENESCENCE_UP")).findFirst().orElseThrow();
        GeneSet down = sets.stream().filter(s -> s.name().equals("FRIDMAN_SENESCENCE_DN")).findFirst().orElseThrow();
        Singscore.UpDownScores result = Singscore.simpleScore(p53, up, down);
        Map<String, Map<String, String>> reference = P53Data.table("singscore_p53_simpleScore_FRIDMAN_up_dn.tsv");
        assertEquals(50, reference.size());
        assertEquals(List.copyOf(reference.keySet()),
                result.samples().stream().map(Singscore.UpDownScore::sample).toList());
        double worst = 0;
        for (Singscore.UpDownScore s : result.samples()) {
            Map<String, String> row = reference.get(s.sample());
            double[] ours = {s.totalScore(), s.totalDispersion(), s.upScore(), s.upDispersion(), s.downScore(),
                    s.downDispersion()};
            String[] columns = {"TotalScore", "TotalDispersion", "UpScore", "UpDispersion", "DownScore",
                    "DownDispersion"};
            for (int c = 0; c < columns.length; c++) {
                worst = Math.max(worst, relative(ours[c], Double.parseDouble(row.get(columns[c]))));
            }
        }
        assertEquals(0, worst, 1e-9, "largest relative difference");
    }

    @Test
    void tiesShareTheLowestRankOfTheirGroup() {
        // Values 5, 1, 5, 3: R's rank(ties.method = "min") gives 3, 1, 3, 2.
        assertArrayEquals(new int[] {3, 1, 3, 2}, Singscore.minRanks(new double[] {5, 1, 5, 3}));
    }

    @Test
    void theTopAndBottomGenesScoreOneAndZeroAndDispersionIsTheMadOfRanks() {
        ExpressionMatrix m = new ExpressionMatrix(List.of("A", "B", "C", "D", "E", "F"),
                List.of("", "", "", "", "", ""), List.of("s"), new double[] {6, 5, 4, 3, 2, 1});
        Singscore.Scores scores = Singscore.score(m, List.of(new GeneSet("TOP", "", List.of("A", "B", "C")),
                new GeneSet("BOTTOM", "", List.of("E", "F", "X")), new GeneSet("MIXED", "", List.of("A", "D", "F"))),
                new SetSizeFilter(1, 5), false);
        assertEquals(1.0, scores.scores().value(0, 0), 1e-15);
        assertEquals(0.0, scores.scores().value(1, 0), 1e-15);
        // MIXED has ranks 6, 3, 1: mean 10/3, bounds 2 and 5, so (10/3 - 2) / 3; median 3, |deviations| 3, 0, 2.
        assertEquals((10.0 / 3 - 2) / 3, scores.scores().value(2, 0), 1e-15);
        assertEquals(1.4826 * 2, scores.dispersions().value(2, 0), 1e-12);
        // BOTTOM (X is not in the data) has ranks 2 and 1: median 1.5, absolute deviations 0.5 and 0.5.
        assertEquals(1.4826 * 0.5, scores.dispersions().value(1, 0), 1e-12);
    }

    @Test
    void missingValuesDropTheRowAndASetWithoutGenesIsRefused() {
        ExpressionMatrix m = new ExpressionMatrix(List.of("A", "B", "C", "D"), List.of("", "", "", ""),
                List.of("s1", "s2"), new double[] {1, 2, Double.NaN, 3, 3, 1, 2, 4});
        Singscore.UpDownScores r = Singscore.simpleScore(m, new GeneSet("U", "", List.of("C")),
                new GeneSet("D", "", List.of("D", "B")));
        assertEquals(1, r.droppedRows());
        assertEquals(1, r.upSize());
        assertEquals(1, r.downSize());
        // s1 ranks among A, C, D (1, 3, 2): C = 3, top of 3 -> up 1 - 0.5; D = 2 -> down 1 - 0.5 - 0.5.
        assertEquals(0.5, r.samples().get(0).upScore(), 1e-15);
        assertEquals(0.0, r.samples().get(0).downScore(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Singscore.simpleScore(m,
                new GeneSet("U", "", List.of("B")), new GeneSet("D", "", List.of("D"))));
    }

    @Test
    void theScoreCommandWritesScoresAndDispersionsEqualToTheReference(@TempDir Path out) throws IOException {
        Path data = P53Data.DATA;
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = SenescopeCommand.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), "score",
                "--expression", data.resolve("gsea-p53/P53_collapsed_symbols.gct").toString(), "--log2",
                "--method", "singscore",
                "--gene-sets", data.resolve("gsea-p53/c2.symbols.gmt").toString(),
                "--gene-sets", data.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--gene-sets", data.resolve("genesets/senescence_sets.gmt").toString(), "--out", out.toString());
        assertEquals(0, code, stderr.toString());
        assertTrue(stdout.toString().contains("368 gene sets scored in 50 samples, 215 skipped"), stdout.toString());
        assertSameTable(out.resolve("scores.tsv"), "singscore_p53_multiScore_scores.tsv");
        assertSameTable(out.resolve("dispersions.tsv"), "singscore_p53_multiScore_dispersions.tsv");
        assertTrue(Files.readString(out.resolve("score-settings.tsv")).contains("method\tsingscore"));
    }

    private static void assertSameTable(Path ours, String referenceFile) throws IOException {
        List<String> lines = Files.readAllLines(ours);
        Map<String, Map<String, String>> reference = P53Data.table(referenceFile);
        assertEquals(reference.size() + 1, lines.size());
        String[] header = lines.get(0).split("\t", -1);
        assertEquals(String.join("\t", reference.values().iterator().next().keySet()), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> row = reference.get(f[0]);
            for (int j = 1; j < f.length; j++) {
                double expected = Double.parseDouble(row.get(header[j]));
                assertEquals(expected, Double.parseDouble(f[j]), 1e-9 * Math.abs(expected), f[0]);
            }
        }
    }
}
