package org.senescope.read.matrix;

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
import org.senescope.read.gct.GctReader;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.SharedData;
import org.senescope.read.SkippedLine;
import org.senescope.read.table.TableOptions;
import org.senescope.read.TextTable;
import org.senescope.model.data.ExpressionMatrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixReaderTest {

    @TempDir
    Path tmp;

    private final MatrixReader reader = new MatrixReader();

    @Test
    void readsTheMouseMatrixWhoseHeaderIsOneFieldShort() throws IOException {
        Path f = SharedData.data("mouse-th1/gse14308_expression_matrix.tsv");
        MatrixReadResult r = reader.read(f);
        ExpressionMatrix m = r.matrix();
        assertEquals(10_000, m.rowCount());
        assertEquals(12, m.sampleCount());
        assertTrue(r.layout().headerOneShort());
        assertEquals(List.of("GSM357839", "GSM357841"), m.sampleNames().subList(0, 2));
        assertEquals("20090", m.rowIds().get(0));
        assertEquals(16.4019424616429, m.value(0, 0));
        assertEquals("60425", m.rowIds().get(9_999));
        assertEquals(6.72177418960469, m.value(9_999, 1));
        assertEquals(0, r.missingValues());
        assertSameAsTextRoute(f, m);
    }

    @Test
    void agreesWithTheTextRouteOnTheP53Matrix() throws IOException {
        // The GCT minus its two first lines is a matrix with a Description column.
        List<String> lines = Files.readAllLines(SharedData.data("gsea-p53/P53_collapsed_symbols.gct"));
        Path f = tmp.resolve("p53.tsv");
        Files.write(f, lines.subList(2, lines.size()));
        ExpressionMatrix m = reader.read(f).matrix();
        ExpressionMatrix gct = new GctReader().read(SharedData.data("gsea-p53/P53_collapsed_symbols.gct")).matrix();
        assertEquals(gct.sampleNames(), m.sampleNames());
        assertEquals(gct.rowIds(), m.rowIds());
        assertEquals(gct.rowDescriptions(), m.rowDescriptions());
        for (int r = 0; r < m.rowCount(); r++) {
            assertArrayEquals(gct.row(r), m.row(r));
        }
    }

    /** The byte scanner must give what FastCSV plus Double.parseDouble give. */
    private static void assertSameAsTextRoute(Path f, ExpressionMatrix m) throws IOException {
        TextTable t = new DelimitedTableReader().read(f);
        assertEquals(t.rowCount(), m.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals(t.cell(r, 0), m.rowIds().get(r));
            for (int s = 0; s < m.sampleCount(); s++) {
                assertEquals(Double.parseDouble(t.cell(r, s + 1)), m.value(r, s));
            }
        }
    }

    @Test
    void countsMissingAndInfiniteValuesAndNotesDuplicates() throws IOException {
        MatrixReadResult r = reader.read(write("gene\ta\tb\tc\nX\tNA\t\tNaN\nY\tInf\t-inf\t1\n"
                + "X\tnan\t#N/A\t2\n"));
        assertEquals(5, r.missingValues());
        assertEquals(2, r.infiniteValues());
        assertTrue(Double.isNaN(r.matrix().value(1, 0)));
        assertEquals(2.0, r.matrix().value(2, 2));
        assertEquals(List.of("5 missing values (NA, NaN, empty...) read as NaN", "2 infinite values read as NaN",
                "1 identifiers are on more than one row (first: X); every row is kept"), r.notes());
        assertEquals("3 rows x 3 samples, 5 missing values and 2 infinite values read as NaN", r.summary());
    }

    @Test
    void gzipCrlfQuotesAndDecimalComma() throws IOException {
        Path f = tmp.resolve("m.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("\"gene\";\"S 1\";\"S/2\"\r\n\"TP53\";1,25;-3,5e-1\r\n\"MDM2\";0;7\r\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        MatrixReadResult r = reader.read(f);
        assertEquals(List.of("S 1", "S/2"), r.matrix().sampleNames());
        assertEquals(List.of("TP53", "MDM2"), r.matrix().rowIds());
        assertEquals(-0.35, r.matrix().value(0, 1));
        assertEquals("semicolon-separated, header, decimal ',', quote '\"', CRLF, UTF-8, gzip", r.layout().describe());
    }

    @Test
    void xlsxAndOtherEncodingsTakeTheTextRoute() throws IOException {
        Path f = tmp.resolve("latin1.tsv");
        Files.write(f, "g\u00e8ne\ta\nX\t1.5\n".getBytes(StandardCharsets.ISO_8859_1));
        ExpressionMatrix m = new MatrixReader(TableOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1))
                .read(f).matrix();
        assertEquals(1.5, m.value(0, 0));
    }

    @Test
    void textWhereANumberBelongs() {
        assertMessage("gene\tS1\tS2\nTP53\t1.5\thigh\n", "2:3: expected a number, found 'high' in sample 'S2'");
    }

    @Test
    void raggedRow() {
        assertMessage("gene\tS1\tS2\nTP53\t1.5\n", "2: found 2 fields; expected 3 (identifier and 2 samples)");
        // One row wider than the header alone would be R's header-one-short form; a later wide row is an error.
        assertMessage("gene\tS1\tS2\nA\t1\t2\nTP53\t1.5\t2\t3\n",
                "3: found 4 fields; expected 3 (identifier and 2 samples)");
    }

    @Test
    void duplicateSampleNames() {
        assertMessage("gene\tS1\tS1\nTP53\t1\t2\n", "1:3: duplicate sample name 'S1' (also column 2); expected "
                + "unique sample names");
    }

    @Test
    void emptyHeaderOnlyAndNoSampleColumn() {
        assertMessage("", ": empty file; expected a matrix with an identifier column and one numeric column per "
                + "sample");
        assertMessage("gene\tS1\n", ": a header without data rows; expected at least one row of values");
        assertMessage("gene\nTP53\n", "1: found only 1 column; expected an identifier column and at least one "
                + "sample column (is the delimiter '\\t' right?)");
    }

    @Test
    void invalidUtf8InAnIdentifier() throws IOException {
        Path f = tmp.resolve("in.tsv");
        byte[] head = "gene\tS1\n".getBytes(StandardCharsets.UTF_8);
        byte[] filler = "A\t1\n".repeat(300_000).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "prot\u00e9ine\t2\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, concat(head, filler, bad));
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(f));
        assertEquals(f + ":300002:1: invalid UTF-8 in this field; expected UTF-8 text (name the file's encoding, "
                + "e.g. windows-1252, to read it)", e.getMessage());
    }

    @Test
    void skipPolicyReportsBadRows() throws IOException {
        MatrixReadResult r = new MatrixReader(TableOptions.defaults().withBadRows(BadRowPolicy.SKIP))
                .read(write("gene\tS1\tS2\nA\t1\t2\nB\tNA\tx\nC\n"));
        assertEquals(List.of("A"), r.matrix().rowIds());
        assertEquals(0, r.missingValues(), "the NA of a skipped row is not counted as missing");
        assertEquals(List.of(new SkippedLine(3, "expected a number, found 'x' in sample 'S2'"),
                new SkippedLine(4, "found 1 field; expected 3 (identifier and 2 samples)")), r.skipped());
    }

    @Test
    void rowsBeyondOrWellShortOfTheEstimateFromTheFirstMegabyteAreAllRead() throws IOException {
        // The value array is sized from the first megabyte's data lines: short lines first make the estimate too long
        // (the array is trimmed by a copy), long lines first make it short (rows go on in blocks).
        for (boolean shortFirst : new boolean[] {true, false}) {
            StringBuilder b = new StringBuilder("# a comment\n".repeat(5_000)).append("gene\tS1\tS2\n");
            int rows = 150_000;
            for (int r = 0; r < rows; r++) {
                boolean shortLine = (r < rows / 2) == shortFirst;
                b.append('G').append(r).append('\t').append(shortLine ? "1" : "1.2345678901234567890")
                        .append('\t').append(r).append('\n');
            }
            ExpressionMatrix m = reader.read(write(b.toString())).matrix();
            assertEquals(rows, m.rowCount(), "short lines first: " + shortFirst);
            assertEquals("G149999", m.rowIds().get(rows - 1));
            for (int r : new int[] {0, 12_345, rows / 2 - 1, rows / 2, rows - 1}) {
                boolean shortLine = (r < rows / 2) == shortFirst;
                assertEquals(shortLine ? 1 : 1.2345678901234567890, m.value(r, 0), "row " + r);
                assertEquals(r, m.value(r, 1), "row " + r);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("in.tsv");
        Files.writeString(f, text);
        return f;
    }

    private void assertMessage(String text, String expectedAfterFile) {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> reader.read(write(text)));
        assertEquals(tmp.resolve("in.tsv") + (expectedAfterFile.startsWith(":") ? "" : ":") + expectedAfterFile,
                e.getMessage());
    }
}
