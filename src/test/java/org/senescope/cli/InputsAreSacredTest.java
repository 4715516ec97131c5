package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No run writes over a file it reads, and no recipe writes outside the output folder. */
class InputsAreSacredTest {

    private static final String HS = "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv";

    @TempDir
    Path tmp;

    private static List<String> snapshot(Path dir) throws IOException {
        return FolderSnapshot.of(dir);
    }

    /** A table of 200 genes G0... ranked by {@code stat}, and gene sets TOP (G0-G29) and NEXT (G30-G59). */
    private Path geneSets() throws IOException {
        StringBuilder gmt = new StringBuilder("TOP\ttop genes");
        for (int i = 0; i < 30; i++) {
            gmt.append("\tG").append(i);
        }
        gmt.append("\nNEXT\tnext genes");
        for (int i = 30; i < 60; i++) {
            gmt.append("\tG").append(i);
        }
        return Files.writeString(tmp.resolve("s.gmt"), gmt.append('\n'));
    }

    private static String rankingTable() {
        StringBuilder table = new StringBuilder("gene\tstat\n");
        for (int i = 0; i < 200; i++) {
            table.append('G').append(i).append('\t').append(3.0 - i * 0.03).append('\n');
        }
        return table.toString();
    }

    private CliRun gsea(Path table, Path out) {
        return CliRun.of("gsea", "--table", table.toString(), "--column", "stat", "--gene-sets",
                tmp.resolve("s.gmt").toString(), "--min-size", "5", "--permutations", "100", "--out", out.toString());
    }

    @Test
    void gseaRefusesToWriteItsResultsOverTheTableItRanks() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("G"));
        Path table = Files.writeString(out.resolve("gsea.tsv"), rankingTable());
        geneSets();
        List<String> before = snapshot(out);
        CliRun run = gsea(table, out);
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals("senescope gsea: " + table + ": would overwrite the input " + table + "; nothing written\n",
                run.err());
        assertEquals(before, snapshot(out), "the table keeps its bytes and no file is added");
    }

    /** Makes {@code link} another name of {@code target}. */
    @FunctionalInterface
    private interface Linking {
        Path link(Path link, Path target) throws IOException;
    }

    @Test
    void anOutputNameThatIsASymbolicLinkToTheInputIsRefusedToo() throws IOException {
        assertAnOutputNameLinkedToTheInputIsRefused((link, target) -> Files.createSymbolicLink(link,
                target.toAbsolutePath()));
    }

    @Test
    void anOutputNameThatIsAHardLinkOfTheInputIsRefusedToo() throws IOException {
        assertAnOutputNameLinkedToTheInputIsRefused(Files::createLink);
    }

    private void assertAnOutputNameLinkedToTheInputIsRefused(Linking linking) throws IOException {
        Path table = Files.writeString(tmp.resolve("ranking.tsv"), rankingTable());
        Path out = Files.createDirectories(tmp.resolve("G"));
        Path link = linking.link(out.resolve("gsea.tsv"), table);
        geneSets();
        List<String> before = snapshot(tmp);
        CliRun run = gsea(table, out);
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals("senescope gsea: " + link + ": would overwrite the input " + table + "; nothing written\n",
                run.err());
        assertEquals(before, snapshot(tmp));
    }

    @Test
    void oraRefusesToWriteItsResultsOverTheGeneList() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("A"));
        Path genes = Files.writeString(out.resolve("ora.tsv"), "G0\nG1\nG2\nG3\nG4\nG5\nG31\n");
        Path sets = geneSets();
        List<String> before = snapshot(out);
        CliRun run = CliRun.of("ora", "--genes", genes.toString(), "--gene-sets", sets.toString(), "--min-size", "5",
                "--background-from-sets", "--out", out.toString());
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals("senescope ora: " + genes + ": would overwrite the input " + genes + "; nothing written\n",
                run.err());
        assertEquals(before, snapshot(out));
    }

    @Test
    void overlayRefusesToWriteItsTablesOverTheDataItLaysOver() throws IOException {
        Path out = tmp.resolve("O");
        assertEquals(0, CliRun.of("overlay", HS, "--out", out.toString(), "--name", "x").exitCode());
        Path data = out.resolve("x.overlay.tsv");
        List<String> before = snapshot(out);
        CliRun run = CliRun.of("overlay", data.toString(), "--id-column", "node_id", "--out", out.toString(),
                "--name", "x");
        assertEquals(ExitCodes.IO_ERROR, run.exitCode(), run.err());
        assertEquals("senescope overlay: " + data + ": would overwrite the input " + data + "; nothing written\n",
                run.err());
        assertEquals(before, snapshot(out));
    }

    @Test
    void aRecipeWhoseBaseNameIsAPathIsRefusedAndNothingIsWrittenAnywhere() throws IOException {
        Path first = tmp.resolve("a").resolve("b");
        assertEquals(0, CliRun.of("figure", "--out", first.toString(), "--format", "svg", "--name", "net")
                .exitCode());
        Path recipe = first.resolve("net.recipe.json");
        String json = Files.readString(recipe);
        String escaped = json.replace("\"base_name\" : \"net\"", "\"base_name\" : \"../../x\"")
                .replace("\"base_name\": \"net\"", "\"base_name\": \"../../x\"");
        assertEquals(1, escaped.split("\\.\\./\\.\\./x", -1).length - 1, json);
        Files.writeString(recipe, escaped);
        List<String> before = snapshot(tmp);
        CliRun run = CliRun.of("figure", "--recipe", recipe.toString(), "--out", first.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode(), run.err());
        assertEquals("senescope figure: " + recipe + ": field 'base_name': expected a plain file name, found "
                + "'../../x'\n", run.err());
        assertEquals(before, snapshot(tmp));
    }
}
