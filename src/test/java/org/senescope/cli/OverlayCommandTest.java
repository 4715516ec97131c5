package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayCommandTest {

    private static final String HS = "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv";

    @TempDir
    Path tmp;

    @Test
    void writesTheOverlaidNetworkAndTheReportsAndPrintsTheSummary() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", HS, "--out", out.toString(), "--name", "hs");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("hs.cx2", "hs.cyjs", "hs.edge-consistency.tsv", "hs.edges.tsv", "hs.graphml",
                "hs.mapping-report.tsv", "hs.modules.tsv", "hs.nodes.tsv", "hs.overlay.tsv", "hs.sif", "hs.style.xml",
                "hs.xgmml"), list(out));
        List<String> lines = run.out().lines().toList();
        assertEquals(HS + ": DESeq2, 19,053 rows; values: log2FoldChange", lines.get(0));
        // The 8 family members' rows are used as member cells.
        assertEquals("Rows: 19,053 = 24 used, 18,002 gene not on the "
                + "network, 194 identifier not recognised, 30 ambiguous identifier: not used, 1 Excel-damaged name: "
                + "not repaired, 802 no value (NA, NaN or empty)", lines.get(2));
        assertTrue(run.out().contains("Network genes: 17 of 21 gene nodes measured; not measured: CCL3, CCL4, CCL5, "
                + "Raet1e"), run.out());
        List<String> nodeTable = Files.readAllLines(out.resolve("hs.overlay.tsv"));
        assertEquals("node_id\tlabel\tkind\tmodules\tmeasured\tinput_identifier\tmapping_route\tHS_DESeq2_genesymb\t"
                + "HS_DESeq2_genesymb padj\tcolour", nodeTable.get(0));
        // colour: 0.2212 on the default range ±2 (the figures'): 0.4424 of the way from Tol's middle #F7F7F7 to the
        // next stop #FDDBC7 (stops every 0.5)
        String tp53 = nodeTable.stream().filter(l -> l.startsWith("TP53\t")).findFirst().orElseThrow();
        assertTrue(tp53.startsWith("TP53\tp53 (TP53)\tgene\t"), tp53);
        assertTrue(tp53.endsWith("\ttrue\tTP53\tHGNC symbol TP53 -> node TP53\t0.221203669717059\t0.999690735919201\t"
                + "#FAEBE2"), tp53);
        List<String> edges = Files.readAllLines(out.resolve("hs.edge-consistency.tsv"));
        assertTrue(edges.get(0).startsWith("# heuristic: "), edges.get(0));
    }

    @Test
    void onlyExpressionEdgesBetweenMeasuredGenesAreTestedAndTheOthersSayWhyNot() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", HS, "--out", out.toString(), "--name", "hs");
        assertEquals(0, run.exitCode(), run.err());
        List<String> edges = Files.readAllLines(out.resolve("hs.edge-consistency.tsv"));
        assertEquals("edge\tcondition\ttestable\treason\tverdict\tdetail", edges.get(1));
        // p16INK4a keeps RB1 active by inhibiting CDK4/6: nothing RB1's mRNA would show, so no verdict
        assertTrue(edges.contains("CDKN2A_p16INK4a (activates) RB1\tHS_DESeq2_genesymb\tfalse\tpost-translational or "
                + "activity relation, not visible in mRNA\t\t"), String.join("\n", edges));
        // p53 transactivates p21: testable; TP53 (padj 0.9997) and CDKN1A (0.4909) both unchanged at 0.05
        assertTrue(edges.contains("TP53 (induces expression of) CDKN1A\tHS_DESeq2_genesymb\ttrue\texpression relation "
                + "between measured genes\tcannot say\tnot both changed significantly (adjusted p 0.999690735919201, "
                + "0.490914133925617)"), String.join("\n", edges));
        assertTrue(edges.contains("TP53 (induces expression of) CCL3\tHS_DESeq2_genesymb\tfalse\ta gene at one end not "
                + "measured\t\t"), String.join("\n", edges));
        assertEquals(2 + 125, edges.size(), "the note, the header and one row per edge");
        List<String> lines = run.out().lines().toList();
        int first = lines.indexOf("Edge consistency (a heuristic): 7 of 125 edges testable (expression relations "
                + "between measured genes): 0 agree, 0 disagree, 7 cannot say");
        assertTrue(first > 0, run.out());
        assertEquals(List.of("  106 not testable: not a gene at one end", "  2 not testable: negative finding, no sign",
                "  4 not testable: binding, membership or association, no sign",
                "  3 not testable: post-translational or activity relation, not visible in mRNA",
                "  3 not testable: a gene at one end not measured"), lines.subList(first + 1, first + 6));
    }

    @Test
    void badDataExits65WithTheLocatedMessageAndWritesNothing() throws IOException {
        Path data = tmp.resolve("mouse.tsv");
        Files.writeString(data, "gene_id\tlog2FoldChange\tpadj\nENSG00000141510\t1.0\t0.01\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", data.toString(), "--species", "mouse", "--out", out.toString());
        assertEquals(65, run.exitCode());
        assertEquals(List.of("senescope overlay: " + data + ":1:1: column 'gene_id' holds Ensembl gene ids, which are "
                + "human identifiers (1 of 1 values are ENSG ids), but the species was given as mouse"),
                run.err().lines().toList());
        assertFalse(Files.exists(out));
    }

    @Test
    void aReaderErrorIsPassedOnLocated() throws IOException {
        Path data = tmp.resolve("empty.tsv");
        Files.writeString(data, "");
        CliRun run = CliRun.of("overlay", data.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(65, run.exitCode());
        assertEquals("senescope overlay: " + data + ": empty file (no rows); expected a table", run.err().strip());
    }

    @Test
    void aMissingFileExits74() {
        CliRun run = CliRun.of("overlay", tmp.resolve("nope.tsv").toString(), "--out", tmp.toString());
        assertEquals(74, run.exitCode());
        assertEquals("senescope overlay: " + tmp.resolve("nope.tsv") + ": no such file or folder", run.err().strip());
    }

    @Test
    void usageErrorsExit2() {
        assertUsage("Invalid value for option '--species': expected human, mouse or auto, found 'rat'",
                "--species", "rat");
        assertUsage("Invalid value for option '--duplicates': expected one of most-significant, mean, max-abs, "
                + "found 'first'", "--duplicates", "first");
        assertUsage("Invalid value for option '--network': only 'default' (the bundled senescence–immunity network) "
                + "is available, found 'mine'", "--network", "mine");
        assertUsage("Invalid value for option '--range': expected a positive number (or 0 for a range from the "
                + "data), found -1.0", "--range", "-1");
        assertUsage("Invalid value for option '--name': must be a plain file name, found 'a/b'", "--name", "a/b");
    }

    private void assertUsage(String message, String... options) {
        List<String> args = new ArrayList<>(List.of("overlay", HS, "--out", tmp.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("senescope: " + message, "Try 'senescope overlay --help'."), run.err().lines().toList());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
