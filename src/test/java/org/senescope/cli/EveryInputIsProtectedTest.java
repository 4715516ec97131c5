package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a command reads, not only its main data, is among the inputs no output may replace: each case names one
 * such input as one of the run's outputs and gives {@code --overwrite}, so only the input rule can stop the run.
 */
class EveryInputIsProtectedTest {

    private static final String HGNC = "src/test/resources/org/senescope/genes/hgnc/hgnc-sample.tsv";

    @TempDir
    Path tmp;

    private static String refused(String command, Path output, Path input) {
        return "senescope " + command + ": " + output + ": would overwrite the input " + input + "; nothing written\n";
    }

    private void assertRefused(String command, Path output, Path input, String... args) throws IOException {
        List<String> before = FolderSnapshot.of(tmp);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals(refused(command, output, input), run.err());
        assertEquals(before, FolderSnapshot.of(tmp), "every file keeps its bytes and none is added");
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void networkRefusesToWriteOverItsHgncFile() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        // The sample's well-formed lines 1-3 and 5, so that the run has nothing to report but the refusal.
        List<String> lines = Files.readAllLines(Path.of(HGNC));
        Path hgnc = Files.write(out.resolve("x.sif"), List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(4)));
        assertRefused("network", hgnc, hgnc, "network", "--hgnc", hgnc.toString(), "--format", "sif", "--name", "x",
                "--out", out.toString(), "--overwrite");
    }

    @Test
    void networkRefusesToWriteOverAFileOfItsCuration() throws IOException {
        Path curation = Files.createDirectories(tmp.resolve("curation"));
        try (Stream<Path> files = Files.list(Path.of("networks/senescence-immunity"))) {
            for (Path f : files.toList()) {
                Files.copy(f, curation.resolve(f.getFileName()));
            }
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("x.nodes.tsv"), curation.resolve("nodes.tsv").toAbsolutePath());
        assertRefused("network", link, curation.resolve("nodes.tsv"), "network", "--curation", curation.toString(),
                "--seeds", "seeds", "--format", "sif", "--name", "x", "--out", out.toString(), "--overwrite");
    }

    @Test
    void overlayRefusesToWriteOverItsGroupsFile() throws IOException {
        Path matrix = write("m.tsv", CatalogueInputs.matrix());
        Path sheet = write("out/x.overlay.tsv", CatalogueInputs.SHEET);
        assertRefused("overlay", sheet, sheet, "overlay", matrix.toString(), "--groups", sheet.toString(),
                "--contrast", "M-W", "--name", "x", "--out", tmp.resolve("out").toString(), "--overwrite");
    }

    @Test
    void gseaRefusesToWriteItsModuleFilesOverTheRanking() throws IOException {
        Path table = write("out/gsea-modules.graphml", CatalogueInputs.statTable());
        assertRefused("gsea", table, table, "gsea", "--table", table.toString(), "--column", "stat", "--modules",
                "--min-size", "2", "--permutations", "100", "--export", "graphml", "--out", tmp.resolve("out").toString(),
                "--overwrite");
    }

    @Test
    void gseaRefusesToWriteItsModuleFigureOverAGeneSetFile() throws IOException {
        Path ranking = write("r.tsv", CatalogueInputs.statTable());
        Path gmt = write("out/gsea-modules.methods.txt", CatalogueInputs.GMT);
        assertRefused("gsea", gmt, gmt, "gsea", "--table", ranking.toString(), "--column", "stat", "--modules",
                "--gene-sets", gmt.toString(), "--min-size", "2", "--permutations", "100", "--figure", "svg",
                "--out", tmp.resolve("out").toString(), "--overwrite");
    }

    @Test
    void oraRefusesToWriteOverItsBackground() throws IOException {
        Path genes = write("genes.txt", "TP53\nCDKN1A\nRB1\n");
        Path sets = write("s.gmt", CatalogueInputs.GMT);
        Path background = write("out/ora.tsv", String.join("\n", CatalogueInputs.GENES) + "\n");
        assertRefused("ora", background, background, "ora", "--genes", genes.toString(), "--background",
                background.toString(), "--gene-sets", sets.toString(), "--min-size", "2", "--out",
                tmp.resolve("out").toString(), "--overwrite");
    }

    @Test
    void scoreRefusesToWriteOverItsGeneSets() throws IOException {
        Path matrix = write("m.tsv", CatalogueInputs.matrix());
        Path gmt = write("out/scores.tsv", CatalogueInputs.GMT);
        assertRefused("score", gmt, gmt, "score", "--expression", matrix.toString(), "--method", "zscore", "--gene-sets", gmt.toString(),
                "--min-size", "2", "--out", tmp.resolve("out").toString(), "--overwrite");
    }

    @Test
    void cameraRefusesToWriteOverItsMatrix() throws IOException {
        Path matrix = write("out/camera.tsv", CatalogueInputs.matrix());
        Path sheet = write("groups.tsv", CatalogueInputs.SHEET);
        Path sets = write("s.gmt", CatalogueInputs.GMT);
        assertRefused("camera", matrix, matrix, "camera", "--expression", matrix.toString(), "--groups",
                sheet.toString(), "--contrast", "M-W", "--gene-sets", sets.toString(), "--min-size", "2", "--out",
                tmp.resolve("out").toString(), "--overwrite");
    }

    @Test
    void figureRefusesToWriteOverItsModuleScoreTable() throws IOException {
        Path out = tmp.resolve("g");
        CliRun gsea = CliRun.of("gsea", "--table", write("r.tsv", CatalogueInputs.statTable()).toString(), "--column",
                "stat", "--modules", "--min-size", "2", "--permutations", "100", "--out", out.toString());
        assertEquals(0, gsea.exitCode(), gsea.err());
        Path scores = Files.move(out.resolve("gsea.tsv"), out.resolve("net.methods.txt"));
        assertRefused("figure", scores, scores, "figure", "--module-scores", scores.toString(), "--format", "svg",
                "--name", "net", "--out", out.toString(), "--overwrite");
    }

    private Path drawnRecipe() throws IOException {
        Path out = tmp.resolve("f");
        CliRun run = CliRun.of("figure", "--format", "svg", "--name", "net", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out.resolve("net.recipe.json");
    }

    @Test
    void aRemakeLeavesAnIdenticalRecipeAsItIs() throws IOException {
        Path recipe = drawnRecipe();
        Object inode = Files.getAttribute(recipe, "unix:ino");
        String bytes = FolderSnapshot.sha256(recipe);
        CliRun run = CliRun.of("figure", "--recipe", recipe.toString(), "--overwrite");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(inode, Files.getAttribute(recipe, "unix:ino"), "the recipe is not replaced, even by its copy");
        assertEquals(bytes, FolderSnapshot.sha256(recipe));
    }

    @Test
    void aRemakeRefusesToReplaceARecipeThatDiffersFromTheOneItWouldWrite() throws IOException {
        Path recipe = drawnRecipe();
        Files.writeString(recipe, Files.readString(recipe) + "\n");
        assertRefused("figure", recipe, recipe, "figure", "--recipe", recipe.toString(), "--overwrite");
    }
}
