package org.senescope.read.table;

import org.senescope.read.InputLimits;
import org.senescope.read.TextTable;
import org.senescope.read.BadRowPolicy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bad-input catalogue for delimited tables: each case, its exact message, and the input left untouched. */
class BadTableInputTest {

    @TempDir
    Path tmp;

    @Test
    void emptyFile() throws IOException {
        assertMessage(bytes(""), ": empty file (no rows); expected a table");
        assertMessage(bytes("\n\n  \n"), ": empty file (no rows); expected a table");
    }

    @Test
    void headerOnly() throws IOException {
        assertMessage(bytes("gene\tlog2FoldChange\n"),
                ":1: a header without data rows; expected at least one row after the header");
    }

    @Test
    void raggedRow() throws IOException {
        assertMessage(bytes("gene\tlfc\tpadj\nTP53\t1\t0.1\nMDM2\t2\n"),
                ":3: found 2 fields; expected 3 as the header has");
    }

    @Test
    void duplicateColumnNames() throws IOException {
        assertMessage(bytes("gene\tpadj\tlfc\tpadj\nTP53\t1\t2\t3\n"),
                ":1:4: duplicate column name 'padj' (also column 2); expected unique column names");
    }

    @Test
    void binaryData() throws IOException {
        assertMessage(new byte[] {'g', 'e', 'n', 'e', '\n', 'A', 0, 1, 2}, ":2:2: binary data (a NUL byte at byte 2); "
                + "expected a text file");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "gene\tnote\nTP53\tprot\u00e9ine\n".getBytes(StandardCharsets.ISO_8859_1);
        assertMessage(latin1, ":2:10: invalid UTF-8: byte 0xE9 at byte 10 of the line; expected UTF-8 text (name "
                + "the file's encoding, e.g. windows-1252, to read it)");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] gz = gzip(bytes("gene\tlfc\n" + "TP53\t1.5\n".repeat(2000)));
        assertMessage(Arrays.copyOf(gz, gz.length / 2), ": truncated gzip: the compressed data end after 16 bytes "
                + "of text; expected a complete .gz file");
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] gz = gzip(bytes("gene\tlfc\nTP53\t1.5\n"));
        gz[12] ^= 0x55;
        gz[13] ^= 0x55;
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(gz, TableOptions.defaults()));
        assertEquals(file(), e.file());
        assertEquals(0, e.line());
        assertEquals(true, e.reason().startsWith("corrupt gzip data after 0 bytes of text ("), e.reason());
    }

    @Test
    void gzipBombOverTheSizeLimit() throws IOException {
        byte[] bomb = gzip(new byte[4 << 20]);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(bomb, TableOptions.defaults().withLimits(InputLimits.DEFAULT.withMaxBytes(1 << 20))));
        assertEquals(file() + ": decompresses to more than 1048576 bytes, the input size limit (a gzip bomb?); "
                + "expected a smaller file", e.getMessage());
    }

    @Test
    void plainFileOverTheSizeLimit() throws IOException {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(bytes("gene\tx\nA\t1\n"),
                TableOptions.defaults().withLimits(InputLimits.DEFAULT.withMaxBytes(5))));
        assertEquals(file() + ": has more than 5 bytes, the input size limit; expected a smaller file",
                e.getMessage());
    }

    @Test
    void unclosedQuote() throws IOException {
        assertMessage(bytes("gene,note\nTP53,\"tumour suppressor\nMDM2,x\n"),
                ":2: a quoted field opens here and is never closed; expected a closing \"");
    }

    @Test
    void noRowHasTheHeaderWidthUnderSkip() throws IOException {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(bytes("a\tb\tc\n1\t2\n"),
                TableOptions.defaults().withBadRows(BadRowPolicy.SKIP)));
        assertEquals(file() + ": no row has the 3 fields of the header (1 rows skipped); expected at least one",
                e.getMessage());
    }

    private void assertMessage(byte[] content, String expectedAfterFile) throws IOException {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(content, TableOptions.defaults()));
        assertEquals(file() + expectedAfterFile, e.getMessage());
    }

    private TextTable read(byte[] content, TableOptions options) throws IOException {
        Path f = tmp.resolve("in.tsv");
        Files.write(f, content);
        try {
            return new DelimitedTableReader(options).read(f);
        } finally {
            assertArrayEquals(content, Files.readAllBytes(f), "the input was modified");
        }
    }

    private String file() {
        return tmp.resolve("in.tsv").toString();
    }

    static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
