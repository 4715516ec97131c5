package org.senescope.read.table;

import org.senescope.read.LineEnding;
import org.senescope.read.TextTable;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.SkippedLine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelimitedTableReaderTest {

    @TempDir
    Path tmp;

    private final DelimitedTableReader reader = new DelimitedTableReader();

    @Test
    void readsTheLiverDeseq2TableWithItsQuotedHeaderNaAndDuplicates() throws IOException {
        Path f = SharedData.data("liver-deseq2/HS_DESeq2_genesymb.tsv");
        byte[] before = Files.readAllBytes(f);
        TextTable t = reader.read(f);
        assertEquals(List.of("gene_symbol", "baseMean", "log2FoldChange", "lfcSE", "stat", "pvalue", "padj"),
                t.columns());
        assertEquals(19_053, t.rowCount());
        assertEquals("tab-separated, header, decimal '.', quote '\"', LF, UTF-8", t.layout().describe());
        assertEquals("TSPAN6", t.cell(0, 0));
        assertEquals(2L, t.line(0));
        assertEquals(-0.101591895046873, t.number(0, 2));
        int tp53 = t.column(0).indexOf("TP53");
        assertEquals(0.221203669717059, t.number(tp53, 2));
        assertEquals(List.of(358L, 19_025L), linesOf(t, "MATR3"));
        assertEquals(802, countNaN(t, 2));
        assertEquals(2971, countNaN(t, 6));
        assertEquals(List.of(), t.skipped());
        assertArrayEquals(before, Files.readAllBytes(f), "the input was modified");
    }

    private static List<Long> linesOf(TextTable t, String id) {
        return java.util.stream.IntStream.range(0, t.rowCount()).filter(i -> t.cell(i, 0).equals(id))
                .mapToObj(t::line).toList();
    }

    private static int countNaN(TextTable t, int column) throws InputFormatException {
        int n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (Double.isNaN(t.number(r, column))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void readsRHeaderOneFieldShortAsRowNames() throws IOException {
        TextTable t = reader.read(SharedData.data("mouse-th1/gse14308_expression_matrix.tsv"));
        assertTrue(t.layout().headerOneShort());
        assertEquals(13, t.columns().size());
        assertEquals(List.of("row.names", "GSM357839"), t.columns().subList(0, 2));
        assertEquals(10_000, t.rowCount());
        assertEquals("20090", t.cell(0, 0));
        assertEquals(16.4019424616429, t.number(0, 1));
    }

    @Test
    void semicolonCsvWithDecimalCommaBomAndCrlf() throws IOException {
        Path f = tmp.resolve("excel.csv");
        Files.write(f, bytes("\uFEFFgene;log2FC;padj\r\nTP53;1,5;0,01\r\nCDKN1A;-2,25;NA\r\n"));
        TextTable t = reader.read(f);
        assertEquals("semicolon-separated, header, decimal ',', no quoting, CRLF, UTF-8 with BOM",
                t.layout().describe());
        assertEquals(List.of("gene", "log2FC", "padj"), t.columns());
        assertEquals(-2.25, t.number(1, 1));
        assertEquals(3L, t.line(1));
        assertTrue(Double.isNaN(t.number(1, 2)));
    }

    @Test
    void quotedCommaCsvWithCommentsAndGzip() throws IOException {
        Path f = tmp.resolve("de.csv.renamed");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(bytes("# limma topTable\n\"\",\"logFC\",\"AveExpr\",\"t\",\"P.Value\",\"adj.P.Val\",\"B\"\n"
                    + "\"SEPT2, septin\",1.5,7.2,3.3,0.001,0.01,2.2\n\"TP53\",-1,6,-4,1e-5,2E-4,3\n"));
        }
        TextTable t = reader.read(f);
        assertEquals("comma-separated, header, decimal '.', quote '\"', comments '#', LF, UTF-8, gzip",
                t.layout().describe());
        assertEquals("SEPT2, septin", t.cell(0, 0));
        assertEquals("", t.columns().get(0));
        assertEquals(3L, t.line(0));
        assertEquals(2e-4, t.number(1, 5));
    }

    @Test
    void readsTheSecondLiverTableToo() throws IOException {
        TextTable t = reader.read(SharedData.data("liver-deseq2/SN_DESeq2_genesymb.tsv"));
        assertEquals(19_053, t.rowCount());
        assertEquals(7, t.columns().size());
    }

    @Test
    void classicMacLineEndingsAndUtf16() throws IOException {
        Path cr = write("gene\tlfc\rTP53\t1\rMDM2\t2\r");
        TextTable t = reader.read(cr);
        assertEquals(LineEnding.CR, t.layout().lineEnding());
        assertEquals(List.of("TP53", "MDM2"), t.column(0));
        assertEquals(3L, t.line(1));
        Path utf16 = tmp.resolve("utf16.tsv");
        Files.write(utf16, "\uFEFFgene\tlfc\r\nTP53\t1.5\r\n".getBytes(StandardCharsets.UTF_16LE));
        TextTable u = reader.read(utf16);
        assertEquals("tab-separated, header, decimal '.', no quoting, CRLF, UTF-16LE with BOM", u.layout().describe());
        assertEquals(1.5, u.number(0, 1));
    }

    @Test
    void noHeaderIsDetectedWhenTheFirstLineHoldsNumbers() throws IOException {
        Path f = write("TP53\t1.5\nMDM2\t-2\n");
        TextTable t = reader.read(f);
        assertFalse(t.layout().header());
        assertEquals(List.of("V1", "V2"), t.columns());
        assertEquals(2, t.rowCount());
    }

    @Test
    void everyDetectedPropertyCanBeOverridden() throws IOException {
        Path f = write("a|b\n1,5|2\n");
        TableOptions o = TableOptions.defaults().withDelimiter('|').withHeader(false)
                .withDecimalMark(TableOptions.DecimalMark.POINT).withQuote(new TableOptions.CharChoice.Off())
                .withCommentPrefix(new TableOptions.CharChoice.Off())
                .withEncoding(StandardCharsets.ISO_8859_1);
        TextTable t = new DelimitedTableReader(o).read(f);
        assertEquals("'|'-separated, no header, decimal '.', no quoting, LF, ISO-8859-1", t.layout().describe());
        assertEquals(List.of("a", "b"), List.of(t.cell(0, 0), t.cell(0, 1)));
        InputFormatException e = assertThrows(InputFormatException.class, () -> t.number(1, 0));
        assertEquals(f + ":2:1: expected a number, found '1,5' in column 'V1'", e.getMessage());
    }

    @Test
    void skipPolicyReportsRaggedRows() throws IOException {
        TextTable t = new DelimitedTableReader(TableOptions.defaults().withBadRows(BadRowPolicy.SKIP))
                .read(write("g\tx\ty\nA\t1\t2\nB\t3\nC\t4\t5\n"));
        assertEquals(List.of("A", "C"), t.column(0));
        assertEquals(List.of(new SkippedLine(3, "found 2 fields; expected 3 as the header has")), t.skipped());
    }

    @Test
    void emptyTrailingFieldsAreTolerated() throws IOException {
        TextTable t = reader.read(write("g;x\nA;1;;\n"));
        assertEquals(List.of("g", "x"), t.columns());
        assertEquals("1", t.cell(0, 1));
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("in.tsv");
        Files.write(f, bytes(text));
        return f;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
