package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GseaCommandTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "p53");

    private static Map<String, String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().skip(1).map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(f -> f[0], f -> f));
    }

    @Test
    void p53RankingAgainstThreeGmtFilesMatchesFgseaScoresAndListsSkippedSets(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("gsea", "--ranks", REFERENCE.resolve("p53_limma_t_MUT_vs_WT.rnk").toString(),
                "--gene-sets", DATA.resolve("gsea-p53/c2.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/senescence_sets.gmt").toString(),
                "--min-size", "15", "--max-size", "500", "--seed", "42", "--permutations", "2000",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("gsea.tsv"));
        assertEquals("gene_set\tdirection\tES\tNES\tp\tp_method\tlog2err\tq_bh\tsize_before\tsize_in_data\t"
                + "leading_edge_size\tleading_edge\tcaution", lines.get(0));
        Map<String, String[]> ours = rows(out.resolve("gsea.tsv"));
        Map<String, String[]> fgsea = rows(REFERENCE.resolve(
                "fgsea_multilevel_p53_c2_hallmark_senescence_min15_max500.tsv"));
        assertEquals(fgsea.keySet(), ours.keySet());
        for (String set : fgsea.keySet()) {
            double es = Double.parseDouble(fgsea.get(set)[4]);
            assertEquals(es, Double.parseDouble(ours.get(set)[2]), 1e-9 * Math.abs(es), set);
            assertEquals(es > 0 ? "up" : "down", ours.get(set)[1], set);
            assertEquals(fgsea.get(set)[6], ours.get(set)[9], set);
            assertEquals(Arrays.asList(fgsea.get(set)[7].split(",")), Arrays.asList(ours.get(set)[11].split("\\|")),
                    set);
        }
        Map<String, String[]> skipped = rows(out.resolve("gsea-skipped.tsv"));
        assertEquals(583 - 368, skipped.size());
        skipped.values().forEach(s -> assertTrue(Integer.parseInt(s[2]) < 15 || Integer.parseInt(s[2]) > 500));
        List<String> settings = Files.readAllLines(out.resolve("gsea-settings.tsv"));
        assertTrue(settings.contains("seed\t42"), settings.toString());
        assertTrue(settings.contains("permutations\t2000"), settings.toString());
        assertTrue(run.out().contains("368 gene sets tested, 215 skipped"), run.out());
    }

    @Test
    void aRankingWithTiesAndRepeatedGenesIsAnalysedWithNotes(@TempDir Path dir) throws IOException {
        StringBuilder rnk = new StringBuilder();
        StringBuilder gmt = new StringBuilder("TOP\ttop genes");
        for (int i = 0; i < 200; i++) {
            rnk.append("G").append(i).append('\t').append(i % 50 == 0 ? 1.0 : 3.0 - i * 0.03).append('\n');
            if (i < 30) {
                gmt.append('\t').append("G").append(i);
            }
        }
        Files.writeString(dir.resolve("r.rnk"), rnk);
        Files.writeString(dir.resolve("s.gmt"), gmt.append("\tG1\n"));
        CliRun run = CliRun.of("gsea", "--ranks", dir.resolve("r.rnk").toString(), "--gene-sets",
                dir.resolve("s.gmt").toString(), "--min-size", "5", "--permutations", "500",
                "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: 3 tied statistics (1.50% of the ranking)"), run.out());
        assertTrue(run.out().contains("set TOP lists G1 more than once; kept once"), run.out());
    }

    @Test
    void aNonFiniteStatisticInADeTableIsLeftOutAndReported(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("gsea", "--table", DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv").toString(),
                "--column", "stat", "--gene-sets", DATA.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--permutations", "500", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("have no gene name or no finite stat and were left out"), run.out());
        assertTrue(run.out().contains("repeated gene names in the ranking: the first row of each was kept"),
                run.out());
    }

    @Test
    void noSetOfTheRightSizeWritesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.rnk"), "A\t1\nB\t-1\nC\t0.5\n");
        Files.writeString(dir.resolve("s.gmt"), "S\t\tA\tB\nT\t\tX\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("gsea", "--ranks", dir.resolve("r.rnk").toString(), "--gene-sets",
                dir.resolve("s.gmt").toString(), "--out", out.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope gsea: no gene set has between 15 and 500 genes in the ranking ("
                + dir.resolve("r.rnk") + ", 3 genes; 2 sets skipped: 1 none of its genes are in the data, 1 fewer "
                + "genes in the data than the minimum size); nothing written\n", run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadGmtLineIsLocated(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.rnk"), "A\t1\nB\t-1\n");
        Files.writeString(dir.resolve("s.gmt"), "S\td\tA\n\tx\tB\n");
        CliRun run = CliRun.of("gsea", "--ranks", dir.resolve("r.rnk").toString(), "--gene-sets",
                dir.resolve("s.gmt").toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope gsea: " + dir.resolve("s.gmt") + ":2:1: expected a gene-set name, found an empty "
                + "field\n", run.err());
    }

    @Test
    void withoutGeneSetsItIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("gsea", "--ranks", "x.rnk", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("senescope: give at least one --gene-sets FILE or --modules\nTry 'senescope gsea --help'.\n",
                run.err());
    }

    @Test
    void networkModulesCanBeTestedAsGeneSets(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("gsea", "--ranks", REFERENCE.resolve("p53_limma_t_MUT_vs_WT.rnk").toString(),
                "--modules", "--min-size", "3", "--permutations", "500", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(dir.resolve("gsea-settings.tsv")).contains("network_modules\tyes"));
        assertTrue(Files.readAllLines(dir.resolve("gsea.tsv")).size() > 1);
    }

    @Test
    void plotsTheMostSignificantSets(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("gsea", "--ranks", REFERENCE.resolve("p53_limma_t_MUT_vs_WT.rnk").toString(),
                "--gene-sets", DATA.resolve("genesets/senescence_sets.gmt").toString(), "--permutations", "500",
                "--eps", "1e-10", "--plots", "2", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.list(dir.resolve("plots"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(6, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("01_") && names.stream().anyMatch(n -> n.endsWith(".pdf")), names.toString());
        }
    }
}
