package org.senescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureCommandTest {

    @TempDir
    Path tmp;

    @Test
    void drawsTheNetworkAloneInTheFormatsAsked() throws Exception {
        CliRun run = CliRun.of("figure", "--out", tmp.toString(), "--format", "svg,png", "--width", "single",
                "--name", "net");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("net.methods.txt", "net.png", "net.recipe.json", "net.svg"), list(tmp));
        assertTrue(run.out().startsWith("Wrote 4 files to " + tmp), run.out());
        // The bundled network, arranged in column bands, fits a single column's page: no warning anywhere.
        assertEquals("", run.err(), "a single-column figure in column bands fits the page");
        assertFalse(run.out().contains("warning"), run.out());
        assertFalse(Files.readString(tmp.resolve("net.methods.txt")).contains("Figure size:"), "methods text");
    }

    @Test
    void refusesPanelsHigherThanAPageSayingWhatFits() throws Exception {
        List<String> tables = new java.util.ArrayList<>();
        for (String day : List.of("d2", "d4", "d8")) {
            Path table = tmp.resolve(day + ".tsv");
            Files.writeString(table, "gene_symbol\tlog2FoldChange\tpvalue\tpadj\nTrp53\t2\t0.001\t0.01\n");
            tables.add(table.toString());
        }
        CliRun run = CliRun.of("figure", "--out", tmp.resolve("out").toString(), "--overlay", String.join(",", tables),
                "--format", "svg", "--width", "single", "--display", "panels", "--name", "net");
        // Three panels stacked in a single column do not fit a page: refused in one line, nothing written.
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().matches("senescope figure: the figure is 3\\d\\d mm high, more than a journal page "
                + "\\(230 mm\\) at 85 mm wide with 3 panels, one per condition, where 1 panel fits; nothing written "
                + "\\(use --display stripes or --width double\\)\n"), run.err());
        assertFalse(Files.exists(tmp.resolve("out/net.svg")), "nothing written");
    }

    @Test
    void warnsOfAFigureHigherThanAPageOnTheErrorStreamAndInTheMethods() throws Exception {
        // A title of many lines makes even one drawing too high for a page: written, with a warning.
        CliRun run = CliRun.of("figure", "--out", tmp.resolve("out").toString(), "--format", "svg", "--width",
                "single", "--name", "net", "--title", "A very long title of many words ".repeat(40));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("senescope figure: warning: the figure is \\d+ mm high, more than a journal page "
                + "\\(230 mm\\) at 85 mm wide; try --width double\n"), run.err());
        assertFalse(run.out().contains("warning"), run.out());
        assertTrue(Files.readString(tmp.resolve("out/net.methods.txt")).matches("(?s).*\n\nFigure size: the figure "
                + "is \\d+ mm high, more than a journal page \\(230 mm\\) at 85 mm wide\\.\n"), "methods text");
    }

    @Test
    void overlaysADeTableGivenOnTheCommandLine() throws Exception {
        Path table = tmp.resolve("d8.tsv");
        Files.writeString(table, "gene_symbol\tlog2FoldChange\tpvalue\tpadj\nTrp53\t2\t0.001\t0.01\n"
                + "Cdkn1a\t3\t0.001\t0.01\nRaet1e\t0\t0.9\t0.95\nUnrelated1\t1\t0.5\t0.7\n");
        CliRun run = CliRun.of("figure", "--out", tmp.resolve("out").toString(), "--overlay", table.toString(),
                "--format", "svg");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "a double-column figure fits the page: no warning");
        assertTrue(run.out().startsWith("Mapping: " + table + ": DESeq2, 4 rows; values: log2FoldChange\n"), run.out());
        assertTrue(run.out().contains("Mapping: Rows: 4 = 3 used, 1 gene not on the network\n"), run.out());
        assertTrue(Files.readString(tmp.resolve("out/senescence-immunity_figure.mapping.tsv")).contains("Unrelated1"),
                "the mapping report lists the row that reached no node");
        String svg = Files.readString(tmp.resolve("out/senescence-immunity_figure.svg"));
        assertTrue(svg.contains("log2 fold change"), "the legend names the values");
    }

    @Test
    void evidenceKeepsOnlyEdgesOfThoseLevelsInThePageAndTheRecipeAndARemakeIsTheSame() throws Exception {
        CliRun run = CliRun.of("figure", "--out", tmp.toString(), "--format", "html,svg", "--name", "net",
                "--evidence", "finding,hypothesis");
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(tmp.resolve("net.html"));
        assertTrue(page.contains("\"evidenceLevel\":\"finding reported in the seed\""), "seed findings drawn");
        assertTrue(page.contains("\"evidenceLevel\":\"hypothesis\""), "hypotheses drawn");
        for (String left : List.of("review claim", "background", "prior work the seed cites", "negative finding")) {
            assertFalse(page.contains("\"evidenceLevel\":\"" + left + "\""), left + " edges are left out");
        }
        String recipe = Files.readString(tmp.resolve("net.recipe.json"));
        assertTrue(recipe.replaceAll("\\s", "").contains("\"evidence\":[\"finding\",\"hypothesis\"]"), recipe);
        byte[] svg = Files.readAllBytes(tmp.resolve("net.svg"));
        Path again = tmp.resolve("again");
        CliRun remake = CliRun.of("figure", "--recipe", tmp.resolve("net.recipe.json").toString(), "--out",
                again.toString());
        assertEquals(0, remake.exitCode(), remake.err());
        assertArrayEquals(svg, Files.readAllBytes(again.resolve("net.svg")), "the remake filters the same edges");
        CliRun bad = CliRun.of("figure", "--out", tmp.toString(), "--evidence", "finding,rumour");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("senescope: Invalid value for option '--evidence' (LEVEL): expected finding, "
                + "prior-work, review, hypothesis, negative, background, found 'rumour'"), bad.err());
    }

    @Test
    void aBadOverlayTableIsLocatedAndNothingIsWritten() throws Exception {
        Path table = tmp.resolve("bad.tsv");
        Files.writeString(table, "gene_symbol\tlog2FoldChange\tpvalue\tpadj\nTrp53\tNaN?\t0.001\t0.01\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("figure", "--out", out.toString(), "--overlay", table.toString());
        assertEquals(65, run.exitCode());
        assertEquals("senescope figure: " + table + ":2:2: column 'log2FoldChange': expected a number, found 'NaN?'\n",
                run.err());
        assertFalse(Files.exists(out) && list(out).size() > 0, "nothing written");
    }

    @Test
    void usageErrorsSayWhatIsExpected() {
        CliRun noOut = CliRun.of("figure");
        assertEquals(2, noOut.exitCode());
        assertEquals("senescope: --out is required (or --recipe)\nTry 'senescope figure --help'.\n", noOut.err());
        CliRun width = CliRun.of("figure", "--out", tmp.toString(), "--width", "wide");
        assertEquals(2, width.exitCode());
        assertEquals("senescope: Invalid value for option '--width': 'wide' is not a length; expected e.g. "
                + "180mm, 18cm, 7in, single (85 mm) or double (180 mm)\nTry 'senescope figure --help'.\n", width.err());
        CliRun format = CliRun.of("figure", "--out", tmp.toString(), "--format", "png,tiff");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().startsWith("senescope: Invalid value for option '--format' (FORMAT): unknown format "
                + "'tiff'; expected one of: png, svg, pdf, html"), format.err());
        CliRun network = CliRun.of("figure", "--out", tmp.toString(), "--network", "my.cx2");
        assertEquals(2, network.exitCode());
        assertEquals("senescope: Invalid value for option '--network': the network must be 'default' or a "
                + "curation folder, found 'my.cx2'\nTry 'senescope figure --help'.\n", network.err());
    }

    @Test
    void drawsAnExtendedNetworkFromACurationFolderWithTheAutomaticLayout() throws Exception {
        Path curation = tmp.resolve("extended");
        Files.createDirectories(curation);
        try (Stream<Path> files = Files.list(Path.of("networks/senescence-immunity"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("layout.tsv")).toList()) {
                Files.copy(f, curation.resolve(f.getFileName()));
            }
        }
        Files.writeString(curation.resolve("nodes.tsv"), Files.readString(curation.resolve("nodes.tsv"))
                + "MDM2\tMDM2\tgene\tMDM2\t4193\tENSG00000135679\tMdm2\t\tp53_p21_arrest\tE3 ubiquitin ligase of p53\n");
        Files.writeString(curation.resolve("claims.tsv"), Files.readString(curation.resolve("claims.tsv"))
                + "MDM2\tTP53\tinhibits\t-\tdirected\t\t\tbackground\tunspecified\t\tstated\t"
                + "MDM2 ubiquitinates p53 for degradation (textbook knowledge)\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("figure", "--network", curation.toString(), "--out", out.toString(), "--format",
                "svg", "--name", "extended");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("extended.svg")).contains(">MDM2<"), "the added node is drawn");
        String recipe = Files.readString(out.resolve("extended.recipe.json"));
        assertTrue(recipe.contains(curation.toString().replace("\\", "\\\\")), recipe);
        assertTrue(recipe.contains("\"automatic\""), "a network without layout.tsv is laid out automatically: " + recipe);
        CliRun again = CliRun.of("figure", "--recipe", out.resolve("extended.recipe.json").toString(), "--out",
                tmp.resolve("again").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(Files.readString(out.resolve("extended.svg")), Files.readString(tmp.resolve("again/extended.svg")));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
