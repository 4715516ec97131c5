package org.senescope.read.gct;

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
import org.senescope.read.matrix.MatrixReadResult;
import org.senescope.read.LineEnding;
import org.senescope.read.table.SharedData;
import org.senescope.model.data.ExpressionMatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GctReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheP53DataWithItsCrlfAndSampleNames() throws IOException {
        Path gct = SharedData.data("gsea-p53/P53_collapsed_symbols.gct");
        byte[] before = Files.readAllBytes(gct);
        MatrixReadResult r = new GctReader().read(gct);
        ExpressionMatrix m = r.matrix();
        assertEquals(10_100, m.rowCount());
        assertEquals(50, m.sampleCount());
        assertEquals(LineEnding.CRLF, r.layout().lineEnding());
        assertEquals("gct 1.2", r.layout().format());
        assertEquals(List.of("786-0", "BT-549", "CCRF-CEM", "COLO 205"), m.sampleNames().subList(0, 4));
        assertEquals("MDA-MB-231/ATCC", m.sampleNames().get(14));
        assertEquals("UO-31", m.sampleNames().get(49));
        assertEquals("TACC2", m.rowIds().get(0));
        assertEquals("na", m.rowDescriptions().get(0));
        assertEquals(46.05, m.value(0, 0));
        assertEquals(48.13, m.value(0, 49));
        assertEquals("LDLR", m.rowIds().get(10_099));
        assertEquals(549.9, m.value(10_099, 49));
        int tp53 = m.rowIds().indexOf("TP53");
        assertEquals(128.74, m.value(tp53, 0));
        assertEquals(376.42, m.value(tp53, 1));
        assertEquals(0, r.missingValues());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(gct)), "the input was modified");
    }

    @Test
    void readsEveryFormOfNumberAsParseDoubleWhateverTheLineLooksLike() throws IOException {
        // Row 1 takes the byte fast path, row 2 (a Greek letter) and row 3 (trailing empty fields) the field-by-field
        // one; cells the fast path does not take (spaces, long digits, exponents) fall back cell by cell.
        String[][] cells = {
            {"7.123", "-0.25", "+3", "1e-3", "0.12345678901234567890", " 2", "7.1 ", "12345678", "-0", "4E+2"},
            {"1.25", "99999999.5", "-1.5e-300", "3.", ".5", "10", "0.1", "2.2250738585072014E-308", "6", "7"},
            {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"}};
        StringBuilder text = new StringBuilder("#1.2\n3\t10\nName\tDescription");
        for (int s = 0; s < 10; s++) {
            text.append("\tS").append(s);
        }
        String[] ids = {"TP53", "\u0394NP63", "CDKN1A"};
        for (int r = 0; r < 3; r++) {
            text.append('\n').append(ids[r]).append("\tna\t").append(String.join("\t", cells[r]));
        }
        text.append("\t\t\n");
        Path f = tmp.resolve("forms.gct");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        ExpressionMatrix m = new GctReader().read(f).matrix();
        assertEquals(List.of(ids), m.rowIds());
        for (int r = 0; r < 3; r++) {
            for (int s = 0; s < 10; s++) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells[r][s].strip())),
                        Double.doubleToRawLongBits(m.value(r, s)), "row " + r + " sample " + s);
            }
        }
    }

    @Test
    void namesTheFieldOfATextCellOnACommonLine() throws IOException {
        Path f = tmp.resolve("text.gct");
        Files.writeString(f, "#1.2\n1\t3\nName\tDescription\tA\tB\tC\nTP53\tna\t1.5\t2.5x\t3\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> new GctReader().read(f));
        assertEquals(f + ":4:4: expected a number, found '2.5x'", e.getMessage());
    }

    @Test
    void readsGzipAndVersion13WithMetadata() throws IOException {
        Path f = tmp.resolve("m.gct.gz");
        String text = "#1.3\n2\t3\t1\t1\nid\tDescription\tS 1\tS/2\tS3\ntreatment\tna\tctl\tctl\tdrug\n"
                + "TP53\ttumour protein p53\t1.5\tNA\t-2e-3\nCDKN1A\tp21\t\t3\tInf\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        MatrixReadResult r = new GctReader().read(f);
        assertEquals(List.of("S 1", "S/2", "S3"), r.matrix().sampleNames());
        assertEquals(List.of("tumour protein p53", "p21"), r.matrix().rowDescriptions());
        assertEquals(-0.002, r.matrix().value(0, 2));
        assertTrue(Double.isNaN(r.matrix().value(0, 1)));
        assertEquals(2, r.missingValues());
        assertEquals(1, r.infiniteValues());
        assertEquals(List.of("2 missing values (NA, NaN, empty...) read as NaN", "1 infinite values read as NaN"),
                r.notes());
        assertTrue(r.layout().gzip());
    }

    @Test
    void toleratesTheEmptyFieldsExcelLeavesAfterTheLastColumn() throws IOException {
        ExpressionMatrix m = new GctReader().read(write("#1.2\t\t\n1\t2\t\t\nName\tDescription\ta\tb\t\n"
                + "X\tx\t1\t2\t\t\n")).matrix();
        assertEquals(2.0, m.value(0, 1));
    }

    @Test
    void wrongVersionLine() {
        assertMessage("#1.4\n1\t1\nName\tDescription\ta\nX\tx\t1\n",
                "1: found '#1.4'; expected the GCT version line #1.2 or #1.3");
    }

    @Test
    void emptyFile() {
        assertMessage("", ": empty file; expected a GCT file starting with the line #1.2 or #1.3");
    }

    @Test
    void dimensionsLineWithTextOrWrongFieldCount() {
        assertMessage("#1.2\n10 rows\t2\n", "2:1: found '10 rows'; expected the row count as a whole number");
        assertMessage("#1.2\n10\n", "2: found 1 field on the dimensions line; expected 2: rows and columns");
        assertMessage("#1.3\n10\t2\n", "2: found 2 fields on the dimensions line; expected 4: rows, columns, "
                + "row metadata and column metadata counts");
    }

    @Test
    void headerDisagreesWithTheDimensions() {
        assertMessage("#1.2\n1\t3\nName\tDescription\ta\tb\nX\tx\t1\t2\n",
                "3: the header has 2 sample names but line 2 declares 3; expected 5 fields");
    }

    @Test
    void headerOnly() {
        assertMessage("#1.2\n1\t2\nName\tDescription\ta\tb\n",
                "2:1: declares 1 rows but the file has 0; expected the row count to match");
    }

    @Test
    void fewerOrMoreRowsThanDeclared() {
        assertMessage("#1.2\n3\t1\nName\tDescription\ta\nX\tx\t1\nY\ty\t2\n",
                "2:1: declares 3 rows but the file has 2; expected the row count to match");
        assertMessage("#1.2\n1\t1\nName\tDescription\ta\nX\tx\t1\nY\ty\t2\n",
                "5: more data rows than the 1 declared on line 2; expected 1");
    }

    @Test
    void raggedRow() {
        assertMessage("#1.2\n2\t2\nName\tDescription\ta\tb\nX\tx\t1\t2\nY\ty\t2\n",
                "5: found 3 fields; expected 4 (identifier, metadata and samples, as the header)");
    }

    @Test
    void textWhereANumberBelongs() {
        assertMessage("#1.2\n1\t2\nName\tDescription\ta\tb\nX\tx\t1\t1,5\n",
                "4:4: expected a number, found '1,5'");
    }

    @Test
    void duplicateSampleNames() {
        assertMessage("#1.2\n1\t3\nName\tDescription\ta\tb\ta\nX\tx\t1\t2\t3\n",
                "3:5: duplicate sample name 'a' (also field 3); expected unique sample names");
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("in.gct");
        Files.writeString(f, text);
        return f;
    }

    private void assertMessage(String text, String expectedAfterFile) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new GctReader().read(write(text)));
        String file = tmp.resolve("in.gct").toString();
        assertEquals(file + (expectedAfterFile.startsWith(":") ? "" : ":") + expectedAfterFile, e.getMessage());
    }

    @Test
    void aGctTheHeapCannotHoldIsRefusedBeforeItIsRead() {
        GctReader.checkHeap("big.gct", 28_000_000, 140L << 20);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> GctReader.checkHeap("big.gct", 28_189_823, 128L << 20));
        assertEquals("big.gct: 28,189,823 bytes of text; a GCT is read whole, at about 5 bytes of heap a byte of "
                + "text, so this one needs about 134 MB, more than the 128 MB Java heap; expected a smaller file (or a "
                + "larger heap: java -Xmx)", e.getMessage());
    }
}
