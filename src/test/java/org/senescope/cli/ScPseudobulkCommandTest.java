package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code senescope sc-pseudobulk}: sums equal to sums by hand on scanpy's Cell Ranger 3 fixture, and the PBMC 1k data
 * split into pseudo-samples run end to end: pseudobulk limma DE, overlay, figure.
 */
class ScPseudobulkCommandTest {

    private static final Path SC = Path.of("..", "shared", "data", "single-cell");
    private static final Path FIXTURE = SC.resolve("10x-format-examples/3.0.0/filtered_feature_bc_matrix");
    private static final Path PBMC = SC.resolve("pbmc1k_v2");

    private static List<String> gunzip(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** Cell i (0-based, in barcodes.tsv order) is of type T(i % 2) and in sample s(i % 3 + 1). */
    @Test
    void sumsEqualHandSumsOnTheCellRanger3Fixture(@TempDir Path dir) throws IOException {
        List<String> barcodes = gunzip(FIXTURE.resolve("barcodes.tsv.gz"));
        StringBuilder meta = new StringBuilder("barcode\ttype\tsample\n");
        for (int i = 0; i < barcodes.size(); i++) {
            meta.append(barcodes.get(i)).append("\tT").append(i % 2).append("\ts").append(i % 3 + 1).append('\n');
        }
        Path tsv = Files.writeString(dir.resolve("cells.tsv"), meta);
        CliRun run = CliRun.of("sc-pseudobulk", FIXTURE.toString(), "--cell-types", tsv.toString(),
                "--cell-type-column", "type", "--sample-column", "sample", "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        long[][] hand = new long[507][6];
        for (String line : gunzip(FIXTURE.resolve("matrix.mtx.gz")).stream().filter(l -> !l.startsWith("%"))
                .skip(1).toList()) {
            String[] f = line.split(" ");
            int cell = Integer.parseInt(f[1]) - 1;
            hand[Integer.parseInt(f[0]) - 1][(cell % 2) * 3 + cell % 3] += Long.parseLong(f[2]);
        }
        List<String> table = Files.readAllLines(dir.resolve("out/pseudobulk-counts.tsv"));
        assertEquals("gene\tT0:s1\tT0:s2\tT0:s3\tT1:s1\tT1:s2\tT1:s3", table.get(0));
        assertEquals(508, table.size());
        for (int g = 0; g < 507; g++) {
            long[] ours = Arrays.stream(table.get(g + 1).split("\t")).skip(1).mapToLong(Long::parseLong).toArray();
            assertEquals(Arrays.toString(hand[g]), Arrays.toString(ours), table.get(g + 1));
        }
        List<String> columns = Files.readAllLines(dir.resolve("out/pseudobulk-columns.tsv"));
        assertEquals(List.of("column\tcell_type\tsample\tcells", "T0:s1\tT0\ts1\t185", "T0:s2\tT0\ts2\t184",
                "T0:s3\tT0\ts3\t185", "T1:s1\tT1\ts1\t184", "T1:s2\tT1\ts2\t185", "T1:s3\tT1\ts3\t184"), columns);
        assertTrue(run.out().contains("6 pseudobulk columns (2 cell types x 3 samples present) from 1107 of the 1107 "
                + "cells"), run.out());
    }

    /**
     * PBMC 1k has one donor and no conditions. The documented split: cell i (0-based, in the data's barcode order) is
     * in pseudo-sample P(i % 6 + 1); P1–P3 are condition A, P4–P6 condition B. The contrast B-A of CD14 monocytes
     * then compares random halves, so few genes should come out changed.
     */
    @Test
    void aPseudoSampleSplitOfPbmcRunsThroughLimmaOverlayAndFigure(@TempDir Path dir) throws IOException {
        Path tsv = ScOverlayPseudobulkTest.split(dir);
        Path out = dir.resolve("pb");
        CliRun run = CliRun.of("sc-pseudobulk", PBMC.resolve("pbmc1k_v2.h5ad").toString(), "--cell-types",
                tsv.toString(), "--cell-type-column", "cell_type", "--sample-column", "sample", "--cell-type",
                "CD14 Mono", "--condition-column", "condition", "--contrast", "B-A", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("B-A: limma moderated t (lmFit + eBayes) on log-CPM"), run.out());
        List<String> columns = Files.readAllLines(out.resolve("pseudobulk-columns.tsv"));
        assertEquals("column\tcell_type\tsample\tcondition\tcells", columns.get(0));
        assertEquals(301, columns.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t")[4])).sum());
        assertEquals("6 2 1\n# A B\nA A A B B B\n", Files.readString(out.resolve("pseudobulk.cls")));
        List<String> de = Files.readAllLines(out.resolve("pseudobulk-de.tsv"));
        assertEquals("gene\tlogFC\tAveExpr\tt\tP.Value\tadj.P.Val\tB", de.get(0));
        List<String[]> rows = new ArrayList<>(de.stream().skip(1).map(l -> l.split("\t")).toList());
        assertTrue(rows.size() > 1000, "genes tested: " + rows.size());
        long changed = rows.stream().filter(r -> Double.parseDouble(r[5]) < 0.05).count();
        assertTrue(changed < 5, changed + " genes at adj.P.Val < 0.05 between random halves");
        CliRun overlay = CliRun.of("overlay", out.resolve("pseudobulk-de.tsv").toString(), "--out",
                dir.resolve("overlay").toString());
        assertEquals(0, overlay.exitCode(), overlay.err());
        CliRun figure = CliRun.of("figure", "--overlay", out.resolve("pseudobulk-de.tsv").toString(), "--format",
                "png", "--out", dir.resolve("figure").toString());
        assertEquals(0, figure.exitCode(), figure.err());
        try (var files = Files.list(dir.resolve("figure"))) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".png")));
        }
    }

    /**
     * PBMC 1k's features name 24 symbols twice (two Ensembl genes each): per name the feature with the most counts
     * (summed here from matrix.mtx.gz by hand) is kept, the other listed and left out, so each name is one row.
     */
    @Test
    void aNameOfTwoFeaturesKeepsTheOneWithMoreCountsAndSaysSo(@TempDir Path dir) throws IOException {
        Path folder = PBMC.resolve("filtered_feature_bc_matrix");
        List<String> annotations = Files.readAllLines(PBMC.resolve("cell_annotations.tsv"));
        StringBuilder meta = new StringBuilder("barcode\tcell_type\tsample\n");
        for (int i = 1; i < annotations.size(); i++) {
            meta.append(annotations.get(i).split("\t")[0]).append("\tall\tP").append((i - 1) % 3 + 1).append('\n');
        }
        Path tsv = Files.writeString(dir.resolve("cells.tsv"), meta);
        CliRun run = CliRun.of("sc-pseudobulk", folder.toString(), "--cell-types", tsv.toString(),
                "--cell-type-column", "cell_type", "--sample-column", "sample", "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: 24 gene names name more than one feature of pbmc1k_v2: per name the "
                + "feature with the most counts over the pseudobulk columns is kept (the first on a tie), as edgeR's "
                + "user's guide keeps one row per symbol; 24 features left out, listed in pseudobulk-duplicates.tsv\n"),
                run.out());
        List<String> names = gunzip(folder.resolve("features.tsv.gz")).stream().map(l -> l.split("\t")[1]).toList();
        long[] totals = new long[names.size()];
        gunzip(folder.resolve("matrix.mtx.gz")).stream().filter(l -> !l.startsWith("%")).skip(1)
                .map(l -> l.split(" ")).forEach(f -> totals[Integer.parseInt(f[0]) - 1] += Long.parseLong(f[2]));
        java.util.Map<String, Integer> best = new java.util.HashMap<>();
        for (int g = 0; g < names.size(); g++) {
            best.merge(names.get(g), g, (a, b) -> totals[b] > totals[a] ? b : a);
        }
        List<String> expected = new ArrayList<>(List.of("gene\trow\tid\tcounts\tkept"));
        for (int g = 0; g < names.size(); g++) {
            if (names.indexOf(names.get(g)) != names.lastIndexOf(names.get(g))) {
                expected.add(names.get(g) + "\t" + (g + 1) + "\t" + names.get(g) + "\t" + totals[g] + "\t"
                        + (best.get(names.get(g)) == g ? "yes" : "no"));
            }
        }
        assertEquals(49, expected.size());
        assertEquals(expected, Files.readAllLines(dir.resolve("out/pseudobulk-duplicates.tsv")));
        List<String> counts = Files.readAllLines(dir.resolve("out/pseudobulk-counts.tsv"));
        assertEquals(33_538 - 24 + 1, counts.size());
        assertEquals(counts.size() - 1, counts.stream().skip(1).map(l -> l.split("\t")[0]).distinct().count());
        String kept = counts.stream().filter(l -> l.startsWith("TBCE\t")).findFirst().orElseThrow();
        assertEquals(totals[best.get("TBCE")], Arrays.stream(kept.split("\t")).skip(1).mapToLong(Long::parseLong)
                .sum());
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        CliRun noTypes = CliRun.of("sc-pseudobulk", FIXTURE.toString(), "--sample-column", "s", "--out",
                dir.toString());
        assertEquals(ExitCodes.USAGE, noTypes.exitCode());
        assertTrue(noTypes.err().contains("sc-pseudobulk needs --cell-types TSV --cell-type-column NAME"),
                noTypes.err());
        CliRun half = CliRun.of("sc-pseudobulk", FIXTURE.toString(), "--cell-types", "x.tsv", "--cell-type-column",
                "t", "--sample-column", "s", "--contrast", "B,A", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, half.exitCode());
        assertTrue(half.err().contains("--condition-column and --contrast go together"), half.err());
    }

    /**
     * {@code --contrast} reads as overlay's does: TEST-REF, split where both halves are conditions of the samples; a
     * condition's spaces become underscores in the CLS file, which the summary says.
     */
    @Test
    void theContrastNamesTwoOfTheSamplesConditions(@TempDir Path dir) throws IOException {
        StringBuilder meta = new StringBuilder("barcode\ttype\tsample\tcondition\n");
        List<String> barcodes = gunzip(FIXTURE.resolve("barcodes.tsv.gz"));
        for (int i = 0; i < barcodes.size(); i++) {
            meta.append(barcodes.get(i)).append("\tT0\ts").append(i % 4 + 1).append('\t')
                    .append(i % 4 < 2 ? "IL-2 high" : "ctrl").append('\n');
        }
        Path tsv = Files.writeString(dir.resolve("cells.tsv"), meta);
        for (String[] contrast : new String[][] {
                {"IL-2 high-IL-2 high", "--contrast: compares IL-2 high with itself; expected two different groups"},
                {"IL-2 high,ctrl", "--contrast: expected TEST-REFERENCE, two of the groups in column condition (IL-2 "
                        + "high, ctrl), found 'IL-2 high,ctrl'"}}) {
            CliRun run = pseudobulk(tsv, contrast[0], dir.resolve("bad"));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertEquals("senescope sc-pseudobulk: " + contrast[1], run.err().strip());
        }
        CliRun run = pseudobulk(tsv, "IL-2 high-ctrl", dir.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("; pseudobulk.cls writes 'IL-2 high' as IL-2_high (a CLS file separates names "
                + "by spaces)"), run.out());
        assertEquals("4 2 1\n# IL-2_high ctrl\nIL-2_high IL-2_high ctrl ctrl\n",
                Files.readString(dir.resolve("out/pseudobulk.cls")));
    }

    private static CliRun pseudobulk(Path cellTypes, String contrast, Path out) {
        return CliRun.of("sc-pseudobulk", FIXTURE.toString(), "--cell-types", cellTypes.toString(),
                "--cell-type-column", "type", "--sample-column", "sample", "--condition-column", "condition",
                "--contrast", contrast, "--out", out.toString());
    }
}
