package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCommandTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "p53");

    private static Map<String, String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(f -> f[0], f -> f));
    }

    private static CliRun score(Path out, String method, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("score", "--expression",
                DATA.resolve("gsea-p53/P53_collapsed_symbols.gct").toString(), "--log2", "--method", method,
                "--gene-sets", DATA.resolve("gsea-p53/c2.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/senescence_sets.gmt").toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertSameTable(Path ours, String referenceFile) throws IOException {
        Map<String, String[]> a = rows(ours);
        Map<String, String[]> b = rows(REFERENCE.resolve(referenceFile));
        assertEquals(b.keySet(), a.keySet());
        assertEquals(List.of(b.get("gene_set")), List.of(a.get("gene_set")));
        for (String set : b.keySet()) {
            if (set.equals("gene_set")) {
                continue;
            }
            for (int j = 1; j < b.get(set).length; j++) {
                double expected = Double.parseDouble(b.get(set)[j]);
                assertEquals(expected, Double.parseDouble(a.get(set)[j]), 1e-9 * Math.abs(expected), set);
            }
        }
    }

    @Test
    void gsvaOfTheP53GctEqualsTheReference(@TempDir Path out) throws IOException {
        CliRun run = score(out, "gsva");
        assertEquals(0, run.exitCode(), run.err());
        assertSameTable(out.resolve("scores.tsv"), "gsva_p53_gsva_gaussian_mxdiffTRUE.tsv");
        assertTrue(run.out().contains("368 gene sets scored in 50 samples, 215 skipped"), run.out());
        assertTrue(Files.readString(out.resolve("score-settings.tsv"))
                .contains("method\tgsva (GSVA 1.46 conventions)"));
    }

    @Test
    void rawSsgseaAndEcdfGsvaFollowTheirOptions(@TempDir Path dir) throws IOException {
        assertEquals(0, score(dir.resolve("a"), "ssgsea", "--no-normalise").exitCode());
        assertSameTable(dir.resolve("a/scores.tsv"), "gsva_p53_ssgsea_raw.tsv");
        assertEquals(0, score(dir.resolve("b"), "gsva", "--kcdf", "none").exitCode());
        assertSameTable(dir.resolve("b/scores.tsv"), "gsva_p53_gsva_ecdf_mxdiffTRUE.tsv");
        assertEquals(0, score(dir.resolve("c"), "gsva", "--no-mx-diff").exitCode());
        assertSameTable(dir.resolve("c/scores.tsv"), "gsva_p53_gsva_gaussian_mxdiffFALSE.tsv");
    }

    @Test
    void anUnknownMethodIsAUsageError(@TempDir Path out) {
        CliRun run = score(out, "gsea");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown method 'gsea'; expected one of: ssgsea, gsva, zscore, plage"),
                run.err());
    }

    @Test
    void log2OfANonPositiveValueIsBadDataAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("m.gct"), "#1.2\n2\t2\nNAME\tDescription\ts1\ts2\nA\tna\t1\t0\nB\tna\t2\t3\n");
        Files.writeString(dir.resolve("s.gmt"), "S\t\tA\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", "--expression", dir.resolve("m.gct").toString(), "--log2", "--method",
                "zscore", "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "1", "--out", out.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope score: " + dir.resolve("m.gct") + ":4: row A, sample s2 has value 0.0; --log2 needs "
                + "positive values\n", run.err());
        assertFalse(Files.exists(out));
    }
}
