package org.senescope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code senescope demo} end to end, and the recipe it writes remaking the same figure. */
class DemoCommandTest {

    private static final String BASE = "senescence-immunity_SIMULATED-p53-restoration";

    @TempDir
    static Path tmp;

    private static CliRun demo;

    @BeforeAll
    static void runDemo() {
        demo = CliRun.of("demo", "--out", tmp.resolve("demo").toString());
    }

    @Test
    void writesEverythingIntoOneFolderAndSaysWhatWentWhere() throws Exception {
        assertEquals(0, demo.exitCode(), demo.err());
        List<String> expected = List.of("SIMULATED_p53-restoration_day2_vs_day0.tsv",
                "SIMULATED_p53-restoration_day4_vs_day0.tsv", "SIMULATED_p53-restoration_day8_vs_day0.tsv",
                "senescence-immunity.cx2", BASE + ".html", BASE + ".mapping.tsv", BASE + ".methods.txt", BASE + ".pdf",
                BASE + ".png",
                BASE + ".recipe.json", BASE + ".svg");
        assertEquals(expected, list(tmp.resolve("demo")));
        for (String name : expected) {
            assertTrue(demo.out().contains(name), name + " missing from the summary:\n" + demo.out());
        }
        assertTrue(demo.out().startsWith("Senescope demo: the seed network with SIMULATED data (not measured)"));
        assertTrue(demo.out().contains("Mapping: Rows: 984 = 84 used, 900 gene not on the network\n"), demo.out());
        assertTrue(demo.out().contains("Mapping: Network genes: 21 of 21 gene nodes measured\n"), demo.out());
    }

    @Test
    void theSimulatedDataSayItWhereverTheyAppear() throws Exception {
        Path dir = tmp.resolve("demo");
        assertTrue(Files.readString(dir.resolve("SIMULATED_p53-restoration_day2_vs_day0.tsv"))
                .startsWith("# SIMULATED data, not measured"));
        String methods = Files.readString(dir.resolve(BASE + ".methods.txt"));
        assertTrue(methods.startsWith("Senescence–immunity network (58 nodes, 21 of them gene nodes; 125 edges; built "
                + "from 5 seed documents; gene identifiers from NCBI Entrez Gene (snapshot 2022-09-12)"), methods);
        assertTrue(methods.contains("Data: SIMULATED data, not measured: seeded model of a mouse liver carcinoma after "
                + "p53 restoration"), methods);
        assertTrue(methods.contains("Node colours show log2 fold change (day N/day 0) from SIMULATED p53 restoration in "
                + "mouse liver carcinoma (3 conditions; 21 of 21 gene nodes measured). Fold changes: day 2 vs day 0: log2 "
                + "day 2/day 0; day 4 vs day 0: log2 day 4/day 0; day 8 vs day 0: log2 day 8/day 0. Identifiers were "
                + "mapped"), methods);
        assertTrue(methods.contains(" The figure was exported at 180mm width as PNG (300 dpi), SVG, PDF and HTML. Its "
                + "fonts are embedded in the PDF. The recipe file records"), methods);
        assertFalse(methods.contains(".txt"), "seeds are cited, not named by file: " + methods);
        String svg = Files.readString(dir.resolve(BASE + ".svg"));
        assertTrue(svg.contains("grey: not measured (21 of 21 gene nodes measured)"), "the caption counts gene nodes");
        assertTrue(svg.contains(">log2 fold change (day N/day 0)<"), "the legend names the numerator");
        assertTrue(Files.readString(dir.resolve(BASE + ".html")).contains("SIMULATED"));
        assertTrue(Files.readString(dir.resolve(BASE + ".svg")).contains("SIMULATED data, not measured"),
                "the caption names the data");
    }

    @Test
    void theRecipeRemakesByteIdenticalSvgAndPngElsewhere() throws Exception {
        Path dir = tmp.resolve("demo");
        Path remake = tmp.resolve("remake");
        CliRun run = CliRun.of("figure", "--recipe", dir.resolve(BASE + ".recipe.json").toString(), "--out",
                remake.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String ext : List.of(".svg", ".png", ".pdf")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(BASE + ext)), Files.readAllBytes(remake.resolve(BASE + ext)),
                    ext + " differs after the recipe round trip");
        }
        String recipe = Files.readString(dir.resolve(BASE + ".recipe.json"));
        for (String field : List.of("\"sha256\"", "\"gene_table\"", "\"senescope_version\"", "\"jfreesvg\"",
                "\"layout\"", "\"dpi\" : 300", "\"width\" : \"180mm\"", "Entrez Gene")) {
            assertTrue(recipe.contains(field), field + " missing from the recipe:\n" + recipe);
        }
    }

    @Test
    void aChangedInputStopsTheRemakeNamingBothChecksums() throws Exception {
        Path copy = tmp.resolve("changed");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(tmp.resolve("demo"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path table = copy.resolve("SIMULATED_p53-restoration_day4_vs_day0.tsv");
        Files.writeString(table, Files.readString(table).replace("Cdkn1a\t", "Cdkn1a\t9"));
        byte[] svgBefore = Files.readAllBytes(copy.resolve(BASE + ".svg"));
        CliRun run = CliRun.of("figure", "--recipe", copy.resolve(BASE + ".recipe.json").toString());
        assertEquals(65, run.exitCode());
        assertTrue(run.err().matches("(?s)senescope figure: \\S+recipe\\.json: input \\S+day4_vs_day0\\.tsv has "
                + "SHA-256 [0-9a-f]{64} but the recipe expects [0-9a-f]{64}; the data changed since the figure was "
                + "made\\n"), run.err());
        assertArrayEquals(svgBefore, Files.readAllBytes(copy.resolve(BASE + ".svg")), "nothing rewritten");
    }

    @Test
    void aBrokenRecipeIsReportedWithLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.recipe.json");
        Files.writeString(bad, "{\n  \"recipe_format\": 1,\n  \"options\": [\n");
        CliRun run = CliRun.of("figure", "--recipe", bad.toString());
        assertEquals(65, run.exitCode());
        assertTrue(run.err().startsWith("senescope figure: " + bad + ":4:1: the file ends inside the JSON (unexpected "
                + "end-of-input"), run.err());
    }

    @Test
    void withoutOutTheDemoMakesANewFolderAndNeverReusesOne() {
        Path first = org.senescope.workflow.DemoJob.newFolder(tmp);
        assertEquals(tmp.resolve("senescope-demo"), first);
        assertFalse(Files.exists(first));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
