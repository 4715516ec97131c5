package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names a spreadsheet would run as formulas, and names holding a tab, go through the commands and come out as text:
 * every written cell neutralised by the OWASP rule (a {@code '} in front), every row as many fields as its header,
 * numbers unchanged.
 */
class HostileNamesOutputTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String CMD = "+cmd|'/C calc'!A0";
    private static final String SUM = "@SUM(1+1)";

    /** Every line's fields, split on tabs; comment lines left out. */
    private static List<List<String>> table(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().filter(l -> !l.startsWith("#"))
                .map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static void assertRectangular(Path tsv) throws IOException {
        List<List<String>> rows = table(tsv);
        for (List<String> row : rows) {
            assertEquals(rows.get(0).size(), row.size(), tsv.getFileName() + ": " + row);
        }
    }

    @Test
    void overlayReportsFormulaNamesAsTextAndKeepsNegativeNumbers(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("de.tsv"), "gene_symbol\tlog2FoldChange\tpvalue\tpadj\n"
                + "TP53\t-1.5\t0.001\t0.01\n" + "CDKN1A\t2\t0.001\t0.01\n" + HYPERLINK + "\t1\t0.5\t0.6\n"
                + CMD + "\t1\t0.5\t0.6\n" + SUM + "\t1\t0.5\t0.6\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("overlay", data.toString(), "--out", out.toString(), "--name", "x");
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> report = table(out.resolve("x.mapping-report.tsv"));
        List<String> identifiers = report.stream().filter(r -> r.get(0).equals("row")).map(r -> r.get(3)).toList();
        assertEquals(List.of("TP53", "CDKN1A", "'" + HYPERLINK, "'" + CMD, "'" + SUM), identifiers);
        for (String table : List.of("x.mapping-report.tsv", "x.overlay.tsv", "x.modules.tsv", "x.nodes.tsv",
                "x.edges.tsv", "x.edge-consistency.tsv")) {
            assertRectangular(out.resolve(table));
        }
        List<String> tp53 = table(out.resolve("x.overlay.tsv")).stream().filter(r -> r.get(0).equals("TP53"))
                .findFirst().orElseThrow();
        assertEquals("-1.5", tp53.get(7));
    }

    @Test
    void gseaWritesFormulaGeneAndSetNamesAsText(@TempDir Path dir) throws IOException {
        StringBuilder rnk = new StringBuilder(HYPERLINK + "\t5\n" + CMD + "\t4.5\n" + SUM + "\t4\n");
        StringBuilder gmt = new StringBuilder("-EVIL\tdesc\t" + HYPERLINK + "\t" + CMD + "\t" + SUM);
        for (int i = 0; i < 60; i++) {
            rnk.append('G').append(i).append('\t').append(3.0 - i * 0.1).append('\n');
            if (i % 3 == 0) {
                gmt.append("\tG").append(i);
            }
        }
        Files.writeString(dir.resolve("r.rnk"), rnk);
        Files.writeString(dir.resolve("s.gmt"), gmt.append('\n'));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("gsea", "--ranks", dir.resolve("r.rnk").toString(), "--gene-sets",
                dir.resolve("s.gmt").toString(), "--min-size", "5", "--permutations", "200", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> results = table(out.resolve("gsea.tsv"));
        assertEquals("'-EVIL", results.get(1).get(0));
        assertEquals("'" + HYPERLINK + "|" + CMD + "|" + SUM + "|G0|G3|G6", results.get(1).get(11));
        assertRectangular(out.resolve("gsea.tsv"));
    }

    @Test
    void scoreKeepsASampleNamedWithATabInOneField(@TempDir Path dir) throws IOException {
        Path matrix = Files.writeString(dir.resolve("m.csv"), "gene,\"w\t1\",m1,\"=w2\",m2\n"
                + "TP53,1,2,3,4\nCDKN1A,2,3,4,5\nCDKN2A,3,1,2,6\nRB1,4,2,1,3\nIL6,5,6,7,1\nCXCL8,6,5,4,2\n"
                + "CCL2,7,1,3,5\nMDM2,1,7,2,6\n");
        Path sets = SmallScoreInputs.sets(dir, "");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("score", "--expression", matrix.toString(), "--gene-sets", sets.toString(),
                "--method", "zscore", "--min-size", "2", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> scores = table(out.resolve("scores.tsv"));
        assertEquals(List.of("gene_set", "w\\t1", "m1", "'=w2", "m2"), scores.get(0));
        assertRectangular(out.resolve("scores.tsv"));
        assertEquals(3, scores.size());
    }
}
