package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senescope overlay MATRIX --groups G [--contrast T-R]} on the P53 data, against limma 3.54's topTable. */
class GroupedOverlayCommandTest {

    private static final String GCT = "../shared/data/gsea-p53/P53_collapsed_symbols.gct";
    private static final String CLS = "../shared/data/gsea-p53/P53.cls";
    private static final String SHEET = "../shared/reference/p53/p53_samples.tsv";
    private static final Path TOP_TABLE = Path.of("../shared/reference/p53/p53_limma_toptable_MUT_vs_WT.tsv");

    @TempDir
    Path tmp;

    @Test
    void theMutVersusWtContrastIsLimmasTopTableAndColoursTheNetwork() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", GCT, "--groups", CLS, "--contrast", "MUT-WT", "--log2", "--out",
                out.toString(), "--name", "p53");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Groups: " + CLS + " (CLS): 33 MUT, 17 WT", lines.get(0));
        assertTrue(lines.get(1).startsWith("MUT-WT from " + GCT + ": limma moderated t (lmFit + eBayes, limma 3.54 "
                + "conventions), MUT (n = 33) minus WT (n = 17), groups from " + CLS + ", on log2-transformed values; "
                + "10,100 of 10,100 rows compared (0 with a missing value left out); prior df "), lines.get(1));

        Map<String, String[]> reference = table(TOP_TABLE);
        Map<String, String[]> ours = table(out.resolve("p53.contrast.tsv"));
        assertEquals(List.of("gene", "logFC", "AveExpr", "t", "P.Value", "adj.P.Val", "B"),
                List.of(Files.readAllLines(out.resolve("p53.contrast.tsv")).get(0).split("\t")));
        assertEquals(reference.keySet(), ours.keySet());
        reference.forEach((gene, r) -> {
            for (int c = 1; c <= 6; c++) {
                assertClose(Double.parseDouble(r[c]), Double.parseDouble(ours.get(gene)[c]), gene + " column " + c);
            }
        });

        List<String> nodes = Files.readAllLines(out.resolve("p53.overlay.tsv"));
        List<String> header = List.of(nodes.get(0).split("\t"));
        assertEquals(List.of("MUT-WT", "MUT-WT padj"), header.subList(7, 9));
        int measured = 0;
        for (String line : nodes.subList(1, nodes.size())) {
            String[] f = line.split("\t", -1);
            if (f[4].equals("true")) {
                String[] r = reference.get(f[5]);
                assertClose(Double.parseDouble(r[1]), Double.parseDouble(f[7]), f[0] + " logFC");
                assertClose(Double.parseDouble(r[5]), Double.parseDouble(f[8]), f[0] + " adj.P.Val");
                measured++;
            }
        }
        assertTrue(measured >= 15, "measured nodes: " + measured);
        assertTrue(run.out().contains("Colours: log2 fold change (MUT/WT) in MUT-WT, blue -"), run.out());
        String report = Files.readString(out.resolve("p53.mapping-report.tsv"));
        assertTrue(report.contains(GCT + "\t4\t"), "rows keep their GCT lines");
    }

    @Test
    void aSampleSheetGivesTheSameContrastAsTheClsFile() throws IOException {
        Path cls = tmp.resolve("cls");
        Path sheet = tmp.resolve("sheet");
        assertEquals(0, CliRun.of("overlay", GCT, "--groups", CLS, "--contrast", "MUT-WT", "--log2", "--out",
                cls.toString()).exitCode());
        CliRun run = CliRun.of("overlay", GCT, "--groups", SHEET, "--contrast", "MUT-WT", "--log2", "--out",
                sheet.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Groups: " + SHEET + " (sample sheet, samples in 'sample', groups in "
                + "'group'): 33 MUT, 17 WT\n"), run.out());
        String name = "senescence-immunity-overlay.contrast.tsv";
        assertEquals(Files.readString(cls.resolve(name)), Files.readString(sheet.resolve(name)));
    }

    @Test
    void linearValuesWithoutLog2AreWarnedAbout() {
        CliRun run = CliRun.of("overlay", GCT, "--groups", CLS, "--contrast", "MUT-WT", "--out",
                tmp.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("senescope overlay: warning: " + GCT + " looks linear-scale (99th percentile "),
                run.err());
        assertTrue(run.err().strip().endsWith("the statistics expect log-scale values: add --log2 if these are "
                + "intensities or counts"), run.err());
        assertTrue(run.out().contains("on the given (log-scale) values"), run.out());
    }

    @Test
    void withoutAContrastTheGroupMeansAreTheConditions() throws IOException {
        Path matrix = tmp.resolve("m.tsv");
        Files.writeString(matrix, "gene\tw1\tw2\tm1\tm2\tm3\nTP53\t1\t3\t2\t4\tNA\nCDKN1A\t5\t5\t6\t7\t8\n");
        Path sheet = tmp.resolve("s.csv");
        Files.writeString(sheet, "sample,genotype\nm1,MUT\nw1,WT\nm2,MUT\nw2,WT\nm3,MUT\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", matrix.toString(), "--groups", sheet.toString(), "--out", out.toString(),
                "--name", "m");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("group means from " + matrix + ": the mean of each group's samples (MUT n = 3, "
                + "WT n = 2), groups from " + sheet + ", of the given values; no test (give --contrast TEST-REFERENCE "
                + "for limma)"), run.out());
        List<String> nodes = Files.readAllLines(out.resolve("m.overlay.tsv"));
        assertEquals(List.of("MUT", "MUT padj", "WT", "WT padj"), List.of(nodes.get(0).split("\t")).subList(7, 11));
        String tp53 = nodes.stream().filter(l -> l.startsWith("TP53\t")).findFirst().orElseThrow();
        assertTrue(tp53.contains("\t3.0\t\t2.0\t\t"), tp53);
        String p21 = nodes.stream().filter(l -> l.startsWith("CDKN1A\t")).findFirst().orElseThrow();
        assertTrue(p21.contains("\t7.0\t\t5.0\t\t"), p21);
    }

    @Test
    void samplesOfOtherGroupsAreLeftOutOfTheFit() throws IOException {
        String[] genes = {"TP53", "CDKN1A", "CDKN2A", "RB1", "MDM2", "IL6", "CXCL8", "CCL2", "IL15", "KLRK1"};
        StringBuilder all = new StringBuilder("gene\ta1\tc1\ta2\tb1\tc2\tb2\ta3\tb3\n");
        StringBuilder two = new StringBuilder("gene\ta1\ta2\tb1\tb2\ta3\tb3\n");
        for (int g = 0; g < genes.length; g++) {
            double[] v = new double[8];
            for (int s = 0; s < 8; s++) {
                v[s] = 5 + ((g * 13 + s * 7) % 17) / 4.0;
            }
            all.append(genes[g]);
            two.append(genes[g]);
            for (int s = 0; s < 8; s++) {
                all.append('\t').append(v[s]);
                if (s != 1 && s != 4) {
                    two.append('\t').append(v[s]);
                }
            }
            all.append('\n');
            two.append('\n');
        }
        Path sheet = Files.writeString(tmp.resolve("s.tsv"), "sample\ttreatment\na1\tA\na2\tA\na3\tA\nb1\tB\n"
                + "b2\tB\nb3\tB\nc1\tC\nc2\tC\n");
        CliRun three = CliRun.of("overlay", Files.writeString(tmp.resolve("all.tsv"), all).toString(), "--groups",
                sheet.toString(), "--contrast", "B-A", "--out", tmp.resolve("three").toString());
        assertEquals(0, three.exitCode(), three.err());
        assertTrue(three.out().contains("B (n = 3) minus A (n = 3)") && three.out().contains("; 2 samples of other "
                + "groups not used;"), three.out());
        CliRun pair = CliRun.of("overlay", Files.writeString(tmp.resolve("two.tsv"), two).toString(), "--groups",
                sheet.toString(), "--extra-samples", "leave-out", "--contrast", "B-A", "--out",
                tmp.resolve("two").toString());
        assertEquals(0, pair.exitCode(), pair.err());
        String name = "senescence-immunity-overlay.contrast.tsv";
        assertEquals(Files.readString(tmp.resolve("two").resolve(name)),
                Files.readString(tmp.resolve("three").resolve(name)));
        assertEquals(11, Files.readAllLines(tmp.resolve("three").resolve(name)).size());
    }

    @Test
    void aContrastThatNamesNoTwoGroupsIsAUsageError() {
        CliRun run = CliRun.of("overlay", GCT, "--groups", CLS, "--contrast", "MUT-wild-type", "--log2", "--out",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("senescope overlay: --contrast: expected TEST-REFERENCE, two of the groups in " + CLS
                + " (MUT, WT), found 'MUT-wild-type'", run.err().lines().reduce((a, b) -> b).orElseThrow());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void aComparedGroupWithOneSampleIsBadData() throws IOException {
        Path matrix = tmp.resolve("m.tsv");
        Files.writeString(matrix, "gene\ta\tb\tc\nTP53\t1\t2\t3\nCDKN1A\t4\t5\t6\n");
        Path cls = tmp.resolve("g.cls");
        Files.writeString(cls, "3 2 1\n# KO WT\nKO WT WT\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", matrix.toString(), "--groups", cls.toString(), "--contrast", "KO-WT",
                "--out", out.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals(List.of("senescope overlay: " + cls + ": group KO has 1 sample (a) in the matrix; expected at "
                + "least 2 in each compared group"), run.err().lines().toList());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMatrixSampleTheSheetLacksIsBadData() throws IOException {
        Path sheet = tmp.resolve("s.tsv");
        List<String> rows = new ArrayList<>(Files.readAllLines(Path.of(SHEET)));
        rows.remove(4);
        Files.write(sheet, rows);
        CliRun run = CliRun.of("overlay", GCT, "--groups", sheet.toString(), "--contrast", "MUT-WT", "--log2",
                "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope overlay: " + sheet + ": matrix sample 'COLO 205' of " + GCT + " has no row in column 'sample'; expected a row "
                + "for every matrix sample, named as in the matrix", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aClsFileOfTheWrongLengthIsBadData() throws IOException {
        Path cls = tmp.resolve("short.cls");
        Files.writeString(cls, "3 2 1\n# MUT WT\nMUT WT WT\n");
        CliRun run = CliRun.of("overlay", GCT, "--groups", cls.toString(), "--contrast", "MUT-WT", "--out",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope overlay: " + cls + ":3: has 3 labels but the matrix has 50 samples (786-0, BT-549 ... UO-31); expected "
                + "one label per matrix sample, in the matrix's column order", run.err().lines().findFirst()
                .orElseThrow());
    }

    @Test
    void contrastWithoutGroupsAndGroupsWithSeveralFilesAreUsageErrors() {
        CliRun noGroups = CliRun.of("overlay", GCT, "--contrast", "MUT-WT", "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, noGroups.exitCode());
        assertEquals(List.of("senescope: --contrast and --log2 work on a matrix with sample groups; give --groups FILE",
                "Try 'senescope overlay --help'."), noGroups.err().lines().toList());
        CliRun two = CliRun.of("overlay", GCT, GCT, "--groups", CLS, "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, two.exitCode());
        assertEquals(List.of("senescope: --groups describes the samples of one expression matrix; found 2 data files",
                "Try 'senescope overlay --help'."), two.err().lines().toList());
        CliRun named = CliRun.of("overlay", GCT, "--groups", CLS, "--value-column", "x", "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, named.exitCode());
        assertEquals(List.of("senescope: --value-column, --padj-column and --id-column are for result tables; with "
                + "--groups the matrix's first column holds the identifiers and the values are computed",
                "Try 'senescope overlay --help'."), named.err().lines().toList());
        CliRun columns = CliRun.of("overlay", GCT, "--groups", CLS, "--group-column", "x", "--out", tmp.toString());
        assertEquals(ExitCodes.USAGE, columns.exitCode());
        assertEquals("senescope overlay: --sample-column and --group-column are for sample sheets; " + CLS
                + " is a CLS file, whose labels follow the matrix's column order", columns.err().strip());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.abs(expected), what + ": " + expected + " vs " + actual);
    }

    private static Map<String, String[]> table(Path file) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            rows.put(f[0], f);
        }
        return rows;
    }
}
