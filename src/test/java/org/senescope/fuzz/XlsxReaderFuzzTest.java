package org.senescope.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Timeout;
import org.senescope.read.TextTable;
import org.senescope.read.xlsx.XlsxReader;

/**
 * Excel workbooks with any content. Mutated zip bytes rarely get past the zip's checksums, so most inputs are a
 * well-formed zip whose workbook, relationship, sheet, shared-string and style parts are fuzzed text (the first byte
 * chooses); the rest are the bytes as they come.
 */
class XlsxReaderFuzzTest {

    private static final XlsxReader READER = new XlsxReader();
    private static final String[] PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"};

    @FuzzTest(maxDuration = FuzzRun.CI_DURATION)
    @Timeout(FuzzRun.INPUT_TIMEOUT_SECONDS)
    void readsOrRefuses(FuzzedDataProvider input) {
        byte[] data = input.consumeBoolean() ? input.consumeRemainingAsBytes() : workbook(input);
        ReaderContract.holds(data, in -> {
            TextTable t = READER.read(in, "fuzz.xlsx");
            return filledCells(t);
        });
    }

    /**
     * Cells with a value. Empty cells are not counted: a cell reference such as {@code Z100} pads the table with
     * empty cells up to it, within the reader's cap (at most 1,000,000 grid cells, or 10 a filled cell), so the grid
     * can be larger than the input while its filled cells cannot.
     */
    private static long filledCells(TextTable t) {
        long n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                n += t.cell(r, c).isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    /** A zip holding each part as fuzzed text (up to 2,000 characters each). */
    private static byte[] workbook(FuzzedDataProvider input) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < PARTS.length; i++) {
            parts.add(input.consumeString(2_000));
        }
        return workbook(parts);
    }

    /** A zip holding {@code parts} in order as the workbook, relationship, sheet, shared-string and style parts. */
    static byte[] workbook(List<String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < PARTS.length; i++) {
                zip.putNextEntry(new ZipEntry(PARTS[i]));
                zip.write(parts.get(i).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a zip in memory always writes", e);
        }
        return bytes.toByteArray();
    }
}
