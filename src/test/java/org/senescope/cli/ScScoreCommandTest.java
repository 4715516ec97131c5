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
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code senescope sc-score} on the real PBMC 1k v2 data of ../shared/data/single-cell in its three formats, against
 * the R references of the kernels (UCell, AUCell, Seurat 4.3's AddModuleScore), and its refusals.
 */
class ScScoreCommandTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");
    private static final Path FOLDER = PBMC.resolve("filtered_feature_bc_matrix");
    private static final Path H5 = PBMC.resolve("filtered_feature_bc_matrix.h5");
    private static final Path H5AD = PBMC.resolve("pbmc1k_v2.h5ad");
    private static final Path ANNOTATIONS = PBMC.resolve("cell_annotations.tsv");
    private static final Path SETS = Path.of("..", "shared", "data", "genesets");
    private static final String REFERENCES = "/org/senescope/analysis/singlecell/";

    private static CliRun scScore(Path data, Path out, String method, String... extra) {
        List<String> args = new ArrayList<>(List.of("sc-score", data.toString(), "--method", method,
                "--gene-sets", SETS.resolve("senescence_sets.gmt").toString(),
                "--gene-sets", SETS.resolve("h.all.v7.0.symbols.gmt").toString(), "--min-size", "1", "--max-size", "1500",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String[]> table(List<String> lines) {
        return lines.stream().map(l -> l.split("\t", -1)).toList();
    }

    /** Every column of the reference equals the same-named column of ours, cell by cell, to 1e-9. */
    private static void assertEqualsReference(Path ours, String reference) throws IOException {
        List<String[]> a = table(Files.readAllLines(ours));
        List<String[]> b;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Objects.requireNonNull(
                ScScoreCommandTest.class.getResourceAsStream(REFERENCES + reference))), StandardCharsets.UTF_8))) {
            b = table(r.lines().toList());
        }
        assertEquals(b.size(), a.size());
        List<String> ourHeader = Arrays.asList(a.get(0));
        assertEquals(20, b.get(0).length, reference);
        for (int c = 1; c < b.get(0).length; c++) {
            int column = ourHeader.indexOf(b.get(0)[c]);
            assertTrue(column > 0, b.get(0)[c]);
            for (int row = 1; row < b.size(); row++) {
                assertEquals(b.get(row)[0], a.get(row)[0]);
                assertEquals(Double.parseDouble(b.get(row)[c]), Double.parseDouble(a.get(row)[column]), 1e-9,
                        b.get(0)[c] + " " + b.get(row)[0]);
            }
        }
    }

    @Test
    void theThreeFormatsGiveTheSameUcellScoresAsTheReference(@TempDir Path dir) throws IOException {
        for (Path data : List.of(FOLDER, H5, H5AD)) {
            CliRun run = scScore(data, dir.resolve(data.getFileName().toString()), "ucell");
            assertEquals(0, run.exitCode(), run.err());
        }
        List<String> folder = Files.readAllLines(dir.resolve("filtered_feature_bc_matrix/cell-scores.tsv"));
        assertEquals(folder, Files.readAllLines(dir.resolve("filtered_feature_bc_matrix.h5/cell-scores.tsv")));
        assertEquals(folder, Files.readAllLines(dir.resolve("pbmc1k_v2.h5ad/cell-scores.tsv")));
        assertEquals(997, folder.size());
        assertEquals(1 + 61, folder.get(0).split("\t").length);
        assertTrue(folder.get(0).startsWith("barcode\t"), folder.get(0));
        assertEqualsReference(dir.resolve("pbmc1k_v2.h5ad/cell-scores.tsv"), "ucell-scores.tsv.gz");
    }

    @Test
    void aucellAndSeuratEqualTheirReferences(@TempDir Path dir) throws IOException {
        CliRun aucell = scScore(H5, dir.resolve("a"), "aucell");
        assertEquals(0, aucell.exitCode(), aucell.err());
        assertEqualsReference(dir.resolve("a/cell-scores.tsv"), "aucell-scores.tsv.gz");
        assertTrue(aucell.out().contains("note: values of pbmc1k_v2: counts (every value a "
                + "non-negative whole number); AUCell ranks them within each cell as given (no normalisation: "
                + "scaling a cell does not change its ranks)\n"), aucell.out());
        CliRun seurat = scScore(FOLDER, dir.resolve("s"), "seurat");
        assertEquals(0, seurat.exitCode(), seurat.err());
        assertEqualsReference(dir.resolve("s/cell-scores.tsv"), "seurat-module-scores.tsv.gz");
        assertTrue(seurat.out().contains("log-normalised as Seurat's NormalizeData does (log1p(count / cell "
                + "total x 10,000)) before scoring"), seurat.out());
        assertTrue(seurat.out().contains("61 gene sets scored (Seurat module score) in 996 cells, 0 skipped"),
                seurat.out());
    }

    @Test
    void cellTypeSummariesFromATsvEqualThoseFromObsAndHandSums(@TempDir Path dir) throws IOException {
        CliRun tsv = scScore(FOLDER, dir.resolve("t"), "ucell", "--cell-types", ANNOTATIONS.toString(),
                "--cell-type-column", "cell_type");
        assertEquals(0, tsv.exitCode(), tsv.err());
        CliRun obs = scScore(H5AD, dir.resolve("o"), "ucell", "--obs-column", "cell_type");
        assertEquals(0, obs.exitCode(), obs.err());
        List<String> byType = Files.readAllLines(dir.resolve("t/cell-type-scores.tsv"));
        // the same rows; the TSV's plain column orders cell types by first appearance, the obs categorical by category
        assertEquals(byType.stream().sorted().toList(), Files.readAllLines(dir.resolve("o/cell-type-scores.tsv"))
                .stream().sorted().toList());
        assertEquals("cell_type\tgene_set\tcells\tmean\tmedian\tfraction_above_0", byType.get(0));
        assertEquals(1 + 7 * 61, byType.size());
        List<String[]> cells = table(Files.readAllLines(dir.resolve("t/cell-scores.tsv")));
        List<String[]> types = table(Files.readAllLines(ANNOTATIONS));
        int column = Arrays.asList(cells.get(0)).indexOf("SAUL_SEN_MAYO");
        double sum = 0;
        int n = 0;
        for (int row = 1; row < cells.size(); row++) {
            assertEquals(types.get(row)[0], cells.get(row)[0]);
            if (types.get(row)[2].equals("NK")) {
                sum += Double.parseDouble(cells.get(row)[column]);
                n++;
            }
        }
        String[] nk = byType.stream().map(l -> l.split("\t")).filter(f -> f[0].equals("NK")
                && f[1].equals("SAUL_SEN_MAYO")).findFirst().orElseThrow();
        assertEquals(72, n);
        assertEquals("72", nk[2]);
        assertEquals(sum / n, Double.parseDouble(nk[3]), 1e-12);
        assertTrue(tsv.out().contains("note: cell_type: 996 of the 996 cells have a value in " + ANNOTATIONS
                + " (7 groups)"), tsv.out());
        String mapping = Files.readString(dir.resolve("t/gene-set-mapping.tsv"));
        assertTrue(mapping.startsWith("gene_set\tsource\tgenes\tfound\tmissing\n"), mapping);
    }

    @Test
    void badOptionsAreRefusedWithOneLine(@TempDir Path dir) {
        assertRefused(ExitCodes.USAGE, "unknown method 'gsva'; expected one of: ucell, aucell, seurat",
                scScore(FOLDER, dir, "gsva"));
        assertRefused(ExitCodes.USAGE, "--cell-types needs --cell-type-column NAME",
                scScore(FOLDER, dir, "ucell", "--cell-types", ANNOTATIONS.toString()));
        assertRefused(ExitCodes.USAGE, "--cell-type-column needs --cell-types TSV (for an .h5ad file's obs, use "
                + "--obs-column)", scScore(FOLDER, dir, "ucell", "--cell-type-column", "cell_type"));
        assertRefused(ExitCodes.USAGE, "give --cell-types TSV --cell-type-column NAME or --obs-column NAME, not "
                + "both", scScore(H5AD, dir, "ucell", "--obs-column", "a", "--cell-types", ANNOTATIONS.toString(),
                "--cell-type-column", "cell_type"));
        assertRefused(ExitCodes.USAGE, "give at most one of --genome, --layer and --raw",
                scScore(H5AD, dir, "ucell", "--layer", "counts", "--raw"));
        assertRefused(ExitCodes.USAGE, "--layer and --raw are for an .h5ad file; " + H5
                + " is a 10x .h5 file", scScore(H5, dir, "ucell", "--raw"));
        assertRefused(ExitCodes.USAGE, "--genome is for a 10x .h5 file; " + FOLDER + " is a 10x matrix folder",
                scScore(FOLDER, dir, "ucell", "--genome", "GRCh38"));
        assertRefused(ExitCodes.USAGE, "--obs-column is for an .h5ad file; " + H5 + " is a 10x "
                + ".h5 file: give --cell-types TSV --cell-type-column NAME",
                scScore(H5, dir, "ucell", "--obs-column", "cell_type"));
        assertRefused(ExitCodes.USAGE, ANNOTATIONS + " has no column \"celltype\"; its columns: cluster, "
                + "cell_type, cell_type_coarse, n_counts, n_genes, percent_mt", scScore(FOLDER, dir, "ucell",
                "--cell-types", ANNOTATIONS.toString(), "--cell-type-column", "celltype"));
        assertRefused(ExitCodes.USAGE, ANNOTATIONS + ": expected a 10x matrix folder, a 10x .h5 file or an .h5ad "
                + "file", scScore(ANNOTATIONS, dir, "ucell"));
    }

    private static void assertRefused(int code, String message, CliRun run) {
        assertEquals(code, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("senescope")).count(), run.err());
    }
}
