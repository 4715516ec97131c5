package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code senescope camera} end to end on the P53 data, against limma 3.54's camera. */
class CameraCommandTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final Path REFERENCE = Path.of("..", "shared", "reference", "p53");

    @TempDir
    Path tmp;

    private CliRun camera(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("camera",
                "--expression", DATA.resolve("gsea-p53/P53_collapsed_symbols.gct").toString(), "--log2",
                "--groups", DATA.resolve("gsea-p53/P53.cls").toString(),
                "--gene-sets", DATA.resolve("gsea-p53/c2.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/senescence_sets.gmt").toString(), "--out", tmp.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void matchesLimmaCameraOnP53() throws Exception {
        CliRun run = camera("--contrast", "MUT-WT");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("368 gene sets tested"), run.out());
        Map<String, String[]> reference = table(REFERENCE.resolve("limma_p53_camera_default_igc0.01.tsv"));
        Map<String, String[]> ours = table(tmp.resolve("camera.tsv"));
        assertEquals(reference.keySet(), ours.keySet());
        reference.forEach((set, r) -> {
            String[] o = ours.get(set);
            assertEquals(r[1], o[1], set + " genes");
            assertEquals(r[2], o[3], set + " direction");
            assertClose(Double.parseDouble(r[3]), Double.parseDouble(o[4]), set + " p");
            assertClose(Double.parseDouble(r[4]), Double.parseDouble(o[5]), set + " FDR");
        });
    }

    @Test
    void fryMatchesLimmaFryOnP53() throws Exception {
        CliRun run = camera("--contrast", "MUT-WT", "--method", "fry");
        assertEquals(0, run.exitCode(), run.err());
        long significant = table(REFERENCE.resolve("limma_p53_fry.tsv")).values().stream()
                .filter(r -> Double.parseDouble(r[4]) < 0.05).count();
        long significantMixed = table(REFERENCE.resolve("limma_p53_fry.tsv")).values().stream()
                .filter(r -> Double.parseDouble(r[6]) < 0.05).count();
        assertTrue(run.out().contains("368 gene sets tested (" + significant + " with FDR < 0.05, "
                + significantMixed + " with mixed FDR < 0.05)"), run.out());
        List<String> lines = Files.readAllLines(tmp.resolve("fry.tsv"));
        assertEquals("gene_set\tset_size\tgenes\tdirection\tp\tfdr\tp_mixed\tfdr_mixed\tcaution",
                lines.get(0));
        // limma's directional order: smallest p first (the reference's smallest is p53Pathway).
        assertTrue(lines.get(1).startsWith("p53Pathway\t"), lines.get(1));
        Map<String, String[]> reference = table(REFERENCE.resolve("limma_p53_fry.tsv"));
        Map<String, String[]> ours = table(tmp.resolve("fry.tsv"));
        assertEquals(reference.keySet(), ours.keySet());
        reference.forEach((set, r) -> {
            String[] o = ours.get(set);
            assertEquals(r[1], o[2], set + " genes");
            assertEquals(r[2], o[3], set + " direction");
            for (int c = 0; c < 4; c++) {
                assertClose(Double.parseDouble(r[3 + c]), Double.parseDouble(o[4 + c]), set + " column " + (3 + c));
            }
        });
        String settings = Files.readString(tmp.resolve("fry-settings.tsv"));
        assertTrue(settings.contains("fry (limma 3.54, standardize = posterior.sd, robust = FALSE, trend = FALSE), "
                + "MUT vs WT"), settings);
        assertTrue(Files.exists(tmp.resolve("fry-skipped.tsv")));
        assertTrue(Files.notExists(tmp.resolve("camera.tsv")));
    }

    @Test
    void fryRefusesCameraOnlyOptionsAndAnUnknownMethodIsAUsageError() {
        CliRun run = camera("--contrast", "MUT-WT", "--method", "fry", "--use-ranks");
        assertEquals(2, run.exitCode());
        assertEquals("senescope: --inter-gene-cor and --use-ranks apply to --method camera only\n"
                + "Try 'senescope camera --help'.", run.err().strip());
        run = camera("--contrast", "MUT-WT", "--method", "roast");
        assertEquals(2, run.exitCode());
        assertEquals("senescope: Invalid value for option '--method': expected camera or fry, found "
                + "'roast'\nTry 'senescope camera --help'.", run.err().strip());
    }

    @Test
    void aSampleSheetGivesTheSameTestsAsTheCls() throws Exception {
        assertEquals(0, camera("--contrast", "MUT-WT").exitCode());
        byte[] fromCls = Files.readAllBytes(tmp.resolve("camera.tsv"));
        List<String> args = new java.util.ArrayList<>(List.of("camera",
                "--expression", DATA.resolve("gsea-p53/P53_collapsed_symbols.gct").toString(), "--log2",
                "--groups", REFERENCE.resolve("p53_samples.tsv").toString(), "--contrast", "MUT-WT",
                "--gene-sets", DATA.resolve("genesets/h.all.v7.0.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("gsea-p53/c2.symbols.gmt").toString(),
                "--gene-sets", DATA.resolve("genesets/senescence_sets.gmt").toString(),
                "--out", tmp.resolve("sheet").toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(new String(fromCls, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("sheet/camera.tsv")));
        assertTrue(Files.readString(tmp.resolve("sheet/camera-settings.tsv")).contains(
                "p53_samples.tsv (sample sheet, samples in 'sample', groups in 'group'): 33 MUT, 17 WT"));
    }

    @Test
    void withoutGroupsOrAContrastItIsAUsageError() {
        CliRun run = CliRun.of("camera", "--expression", DATA.resolve("gsea-p53/P53_collapsed_symbols.gct").toString(),
                "--modules", "--out", tmp.toString());
        assertEquals(2, run.exitCode());
        assertEquals("senescope: give the sample groups with --groups FILE (a .cls file or a sample sheet)\n"
                + "Try 'senescope camera --help'.", run.err().strip());
        run = camera();
        assertEquals(2, run.exitCode());
        assertEquals("senescope camera: " + DATA.resolve("gsea-p53/P53.cls") + " has 2 groups (MUT, WT); choose the two to compare with --contrast "
                + "TEST-REFERENCE (e.g. --contrast MUT-WT)", run.err().strip());
    }

    @Test
    void aGroupTheClsDoesNotHaveIsAUsageError() {
        CliRun run = camera("--contrast", "MUT-wild-type");
        assertEquals(2, run.exitCode());
        assertEquals("senescope camera: --contrast: expected TEST-REFERENCE, two of the groups in "
                + DATA.resolve("gsea-p53/P53.cls") + " (MUT, WT), found 'MUT-wild-type'", run.err().strip());
    }

    @Test
    void aCorrelationOutsideZeroToOneIsAUsageError() {
        CliRun run = camera("--contrast", "MUT-WT", "--inter-gene-cor", "1.5");
        assertEquals(2, run.exitCode());
        assertEquals("senescope: Invalid value for option '--inter-gene-cor': expected a number in "
                + "[0, 1) or 'estimate', found '1.5'\nTry 'senescope camera --help'.", run.err().strip());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.abs(expected), what + ": " + expected + " vs " + actual);
    }

    private static Map<String, String[]> table(Path file) throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            rows.put(f[0], f);
        }
        return rows;
    }
}
