package org.senescope.read.rnk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.InputLimits;
import org.senescope.read.table.SharedData;
import org.senescope.read.SkippedLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RnkReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheP53LimmaRanking() throws IOException {
        RnkReadResult r = new RnkReader().read(SharedData.reference("p53/p53_limma_t_MUT_vs_WT.rnk"));
        assertEquals(10_100, r.list().size());
        assertEquals("ID\tstat", r.header());
        assertEquals("ZNF44", r.list().genes().get(0));
        assertEquals(4.700412315228462, r.list().statistic(0));
        assertEquals("BAX", r.list().genes().get(10_099));
        assertEquals(-5.7090519414599088, r.list().statistic(10_099));
        assertEquals(List.of(), r.duplicates());
        assertEquals(0, r.tiedGenes());
    }

    @Test
    void readsTheMouseEntrezRanking() throws IOException {
        RnkReadResult r = new RnkReader().read(SharedData.data("mouse-th1/naive.vs.th1.rnk"));
        assertEquals(12_000, r.list().size());
        assertEquals("ID\tt", r.header());
        assertEquals("170942", r.list().genes().get(0));
        assertEquals(-63.3370337079998, r.list().statistic(0));
        assertEquals(List.of("12000 genes ranked, header 'ID\tt'"), r.report());
    }

    @Test
    void reportsDuplicatesTiesNonFiniteAndComments() throws IOException {
        Path f = write("# made by hand\nA\t1.5\nB\t-3\nA\t-2\nC\tNA\nD\t1.5\nE\tInf\n\nB\t1\n");
        RnkReadResult r = new RnkReader().read(f);
        assertEquals(List.of("A", "B", "D"), r.list().genes());
        assertEquals(-2.0, r.list().statistic(0));
        assertEquals(-3.0, r.list().statistic(1));
        assertEquals(List.of(new DuplicateGene("A", List.of(2L, 4L), -2.0),
                new DuplicateGene("B", List.of(3L, 9L), -3.0)), r.duplicates());
        assertEquals(List.of(new SkippedLine(5, "statistic 'NA' of C is not a finite number"),
                new SkippedLine(7, "statistic 'Inf' of E is not a finite number")), r.nonFinite());
        assertEquals(1, r.commentLines());
        assertEquals(0, r.tiedGenes());
        assertEquals(List.of("3 genes ranked, 1 comment lines",
                "2 genes on more than one line (first: A on lines [2, 4]): kept the line with the largest |statistic|",
                "2 lines with a missing or infinite statistic left out (first: line 5: statistic 'NA' of C is not a "
                        + "finite number)"), r.report());
    }

    @Test
    void gzipAndCrlf() throws IOException {
        Path f = tmp.resolve("in.rnk.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("ID\tt\r\nTP53\t2.5\r\nMDM2\t-1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        RnkReadResult r = new RnkReader().read(f);
        assertEquals(List.of("TP53", "MDM2"), r.list().genes());
        assertEquals(-1.0, r.list().statistic(1));
    }

    @Test
    void otherDuplicateRules() throws IOException {
        Path f = write("A\t1\nB\t2\nA\t-3\n");
        assertEquals(1.0, reader(DuplicateRule.FIRST).read(f).list().statistic(0));
        assertEquals(-1.0, reader(DuplicateRule.MEAN).read(f).list().statistic(0));
        assertEquals(List.of("A", "B", "A"), reader(DuplicateRule.KEEP_ALL).read(f).list().genes());
    }

    @Test
    void countsTies() throws IOException {
        assertEquals(4, new RnkReader().read(write("A\t1\nB\t1\nC\t2\nD\t0\nE\t0.0\n")).tiedGenes());
    }

    @Test
    void nonNumericStatistic() {
        assertMessage("A\t1\nB\thigh\n", "2:2: expected a number for the statistic, found 'high'");
    }

    @Test
    void wrongFieldCount() {
        assertMessage("A\t1\nB 2\n", "2: found 1 field; expected 2: gene<TAB>statistic");
        assertMessage("A\t1\nB\t2\t3\n", "2: found 3 fields; expected 2: gene<TAB>statistic");
    }

    @Test
    void emptyGene() {
        assertMessage("A\t1\n\t2\n", "2:1: empty gene name; expected a gene identifier");
    }

    @Test
    void emptyOrOnlyHeader() {
        assertMessage("", ": empty file; expected lines of gene<TAB>statistic");
        assertMessage("ID\tt\n", ": no ranked genes (0 non-finite, 0 bad lines); expected lines of gene<TAB>statistic");
    }

    @Test
    void skipPolicyReportsBadRows() throws IOException {
        RnkReadResult r = new RnkReader(BadRowPolicy.SKIP, DuplicateRule.MAX_ABS, InputLimits.DEFAULT)
                .read(write("A\t1\nB\thigh\nC\n"));
        assertEquals(List.of("A"), r.list().genes());
        assertEquals(List.of(new SkippedLine(2, "expected a number for the statistic, found 'high'"),
                new SkippedLine(3, "found 1 field; expected 2: gene<TAB>statistic")), r.badRows());
    }

    private static RnkReader reader(DuplicateRule rule) {
        return new RnkReader(BadRowPolicy.FAIL, rule, InputLimits.DEFAULT);
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("in.rnk");
        Files.writeString(f, text);
        return f;
    }

    private void assertMessage(String text, String expectedAfterFile) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new RnkReader().read(write(text)));
        assertEquals(tmp.resolve("in.rnk") + (expectedAfterFile.startsWith(":") ? "" : ":") + expectedAfterFile,
                e.getMessage());
    }
}
