package org.senescope.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.matrix.MatrixReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.InputLimits;
import org.senescope.read.table.TableOptions;
import org.senescope.read.TextTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XlsxReaderTest {

    @TempDir
    Path tmp;

    /** Header row 1, then genes Excel would damage, stored as strings, numbers as stored, a gap at C3. */
    private static final String DE_SHEET = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
            + "</c><c r=\"C1\" t=\"inlineStr\"><is><t>padj</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>1.0000000000000001E-3</v></c>"
            + "<c r=\"C2\" t=\"e\"><v>#N/A</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c><c r=\"B4\"><v>-2.5</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><t>TP</t></r><r><t>53</t></r></is></c>"
            + "<c r=\"B5\" t=\"b\"><v>1</v></c><c r=\"C5\"><v>0.04</v></c></row>";

    @Test
    void readsCellsAsStoredText() throws IOException {
        Path f = new XlsxFixture().sharedStrings("gene", "log2FoldChange", "MARCH1", "SEPT2")
                .sheet("DE results", DE_SHEET).write(tmp.resolve("de.xlsx"));
        byte[] before = Files.readAllBytes(f);
        TextTable t = new XlsxReader().read(f);
        assertEquals(List.of("gene", "log2FoldChange", "padj"), t.columns());
        assertEquals(List.of("MARCH1", "SEPT2", "TP53"), t.column(0));
        assertEquals(List.of("1.0000000000000001E-3", "-2.5", "TRUE"), t.column(1));
        assertEquals(List.of("#N/A", "", "0.04"), t.column(2));
        assertEquals(List.of(2L, 4L, 5L), List.of(t.line(0), t.line(1), t.line(2)));
        assertEquals(0.001, t.number(0, 1));
        assertEquals(true, Double.isNaN(t.number(0, 2)));
        assertEquals(List.of(), t.notes());
        assertEquals("xlsx workbook, first row as header, cells as stored text", t.layout().describe());
        assertArrayEquals(before, Files.readAllBytes(f), "the input was modified");
    }

    @Test
    void aWorkbookStreamReadsAsTheFileAndNamesItsSource() throws IOException {
        Path f = new XlsxFixture().sharedStrings("gene", "log2FoldChange", "MARCH1", "SEPT2")
                .sheet("notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
                .sheet("DE results", DE_SHEET).write(tmp.resolve("de.xlsx"));
        TableOptions options = TableOptions.defaults().withSheet("DE results");
        TextTable fromFile = new DelimitedTableReader(options).read(f);
        TextTable fromStream;
        try (InputStream in = Files.newInputStream(f)) {
            fromStream = new DelimitedTableReader(options).read(in, "upload.xlsx");
        }
        assertEquals("upload.xlsx", fromStream.source());
        assertEquals(fromFile.columns(), fromStream.columns());
        for (int c = 0; c < fromFile.columns().size(); c++) {
            assertEquals(fromFile.column(c), fromStream.column(c));
        }
        InputFormatException e = assertThrows(InputFormatException.class, () -> {
            try (InputStream in = Files.newInputStream(f)) {
                new XlsxReader(new InputLimits(100, 10, 10), new SheetChoice.First()).read(in, "upload.xlsx");
            }
        });
        assertEquals("upload.xlsx: has more than 100 bytes, the input size limit; expected a smaller file",
                e.getMessage());
    }

    @Test
    void readsANamedSheetAlsoThroughTheTableReader() throws IOException {
        Path f = new XlsxFixture().sharedStrings("gene", "log2FoldChange", "MARCH1", "SEPT2")
                .sheet("notes", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")
                .sheet("DE results", DE_SHEET).write(tmp.resolve("de.xlsx"));
        assertEquals(List.of("notes", "DE results"), new XlsxReader().sheetNames(f));
        TextTable t = new DelimitedTableReader(TableOptions.defaults().withSheet("DE results")).read(f);
        assertEquals(3, t.rowCount());
        InputFormatException e = assertThrows(InputFormatException.class, () -> new XlsxReader(InputLimits.DEFAULT, new SheetChoice.Named("DE")).read(f));
        assertEquals(f + ": has no sheet named 'DE'; its sheets are [notes, DE results]", e.getMessage());
    }

    @Test
    void formulaCellsUseTheirCachedValueAndAreReported() throws IOException {
        Path f = new XlsxFixture().sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>gene</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>lfc</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>TP53</t></is></c><c r=\"B2\"><f>LOG(8,2)</f>"
                + "<v>3</v></c></row><row r=\"3\"><c r=\"A3\" t=\"str\"><f>UPPER(\"mdm2\")</f><v>MDM2</v></c>"
                + "<c r=\"B3\"><f>1/0</f></c></row>").write(tmp.resolve("f.xlsx"));
        TextTable t = new XlsxReader().read(f);
        assertEquals(List.of("TP53", "MDM2"), t.column(0));
        assertEquals(List.of("3", ""), t.column(1));
        assertEquals(List.of(f + ":2:2: formula cell B2 (=LOG(8,2)): its cached value '3' was used; 3 formula cells "
                + "in all, read as their cached values"), t.notes());
    }

    @Test
    void dateFormattedCellsKeepTheirSerialAndAreReported() throws IOException {
        Path f = new XlsxFixture().dateStyles().sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>gene"
                + "</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>dose</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>44805</v></c><c r=\"B2\" s=\"3\"><v>1.5</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>44986</v></c><c r=\"B3\" s=\"0\"><v>2</v></c></row>")
                .write(tmp.resolve("d.xlsx"));
        TextTable t = new XlsxReader().read(f);
        assertEquals(List.of("44805", "44986"), t.column(0));
        assertEquals(List.of(f + ":2:1: date-formatted cell A2 '44805' (shown by Excel as 2022-09-01) kept as "
                + "stored; 2 date-formatted cells in all, kept as stored (if these were gene names, Excel turned "
                + "them into dates, e.g. SEPT2 into 2-Sep)"), t.notes());
    }

    @Test
    void aDtdIsRefused() throws IOException {
        Path f = new XlsxFixture().rawSheet("s", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>").write(tmp.resolve("xxe.xlsx"));
        assertMessage(f, InputLimits.DEFAULT, ": part xl/worksheets/sheet1.xml declares a DTD or entity "
                + "(<!DOCTYPE>), which xlsx files never do; refused for safety (XXE)");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        String padding = " ".repeat(8 << 20);
        Path f = new XlsxFixture().rawSheet("s", "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\">" + padding + "<sheetData/></worksheet>").write(tmp.resolve("bomb.xlsx"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> new XlsxReader().read(f));
        assertEquals(f + ": part xl/worksheets/sheet1.xml inflates more than 200 fold, the limit (a zip bomb?); "
                + "expected an ordinary workbook", e.getMessage());
        assertMessage(f, InputLimits.DEFAULT.withMaxBytes(1 << 20), ": part xl/worksheets/sheet1.xml inflates to "
                + "more than 1048576 bytes, the input size limit (a zip bomb?); expected a smaller workbook");
    }

    @Test
    void emptySheetHeaderOnlyAndDuplicateColumns() throws IOException {
        assertMessage(new XlsxFixture().sheet("s", "").write(tmp.resolve("e.xlsx")), InputLimits.DEFAULT,
                ": sheet 's' is empty; expected a header row and data rows");
        assertMessage(new XlsxFixture().sheet("s", "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>gene</t></is></c>"
                + "</row>").write(tmp.resolve("h.xlsx")), InputLimits.DEFAULT,
                ":3: sheet 's' has a header without data rows; expected at least one row after the header");
        assertMessage(new XlsxFixture().sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>p</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>p</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
                .write(tmp.resolve("d.xlsx")), InputLimits.DEFAULT,
                ":1:2: duplicate column name 'p' (also column 1, A1); expected unique column names");
    }

    @Test
    void notAnXlsx() throws IOException {
        Path f = tmp.resolve("x.xlsx");
        Files.writeString(f, "gene\tlfc\n");
        assertMessage(f, InputLimits.DEFAULT, ": not a readable xlsx (zip) file (zip END header not found); "
                + "expected an Excel .xlsx workbook");
        Path zip = tmp.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
        }
        assertMessage(zip, InputLimits.DEFAULT, ": has no xl/workbook.xml; expected an Excel .xlsx workbook (not "
                + ".xls, .ods or another zip)");
    }

    @Test
    void aMatrixCanComeFromAnXlsx() throws IOException {
        Path f = new XlsxFixture().sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>gene</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>S1</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\">"
                + "<is><t>TP53</t></is></c><c r=\"B2\"><v>7.25</v></c></row>").write(tmp.resolve("m.xlsx"));
        assertEquals(7.25, new MatrixReader(TableOptions.defaults()).read(f).matrix().value(0, 0));
    }

    private static void assertMessage(Path f, InputLimits limits, String expectedAfterFile) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> new XlsxReader(limits, new SheetChoice.First()).read(f));
        assertEquals(f + expectedAfterFile, e.getMessage());
    }

    /** A header and {@code rows} data rows of a gene and a value; row {@code far} also holds a cell at {@code ref}. */
    private static String sheetWithAFarCell(int rows, int far, String ref) {
        StringBuilder b = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>gene</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>lfc</t></is></c></row>");
        for (int r = 2; r <= rows + 1; r++) {
            b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>G")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>1.5</v></c>");
            if (r == far) {
                b.append("<c r=\"").append(ref).append("\"><v>0</v></c>");
            }
            b.append("</row>");
        }
        return b.toString();
    }

    @Test
    void aCellFarBeyondTheTableIsRefusedBeforeTheGridIsPadded() throws IOException {
        Path f = new XlsxFixture().sheet("DE", sheetWithAFarCell(100, 50, "XFD50")).write(tmp.resolve("far.xlsx"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> new XlsxReader().read(f));
        assertEquals(f + ":50:16384: sheet 'DE' cell XFD50 makes the table a grid of 101 rows x 16384 columns "
                + "(1654784 cells) for 203 filled cells; expected no cells far beyond the table (delete them in "
                + "Excel)", e.getMessage());
    }

    @Test
    void aFarCellInASmallSheetIsPaddedWithinTheCap() throws IOException {
        Path f = new XlsxFixture().sheet("DE", sheetWithAFarCell(3, 4, "XFD4")).write(tmp.resolve("far.xlsx"));
        TextTable t = new XlsxReader().read(f);
        assertEquals(16384, t.columns().size());
        assertEquals(List.of("G4", "1.5", "", "0"), List.of(t.cell(2, 0), t.cell(2, 1), t.cell(2, 2),
                t.cell(2, 16383)));
    }
}
