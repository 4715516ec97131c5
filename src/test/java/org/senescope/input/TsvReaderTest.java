package org.senescope.input;

import org.senescope.failure.InputFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TsvReaderTest {

    private static final List<String> HEADER = List.of("id", "symbol", "aliases");

    @Test
    void strictTableHandsOverDataRowsWithTheirLines() throws IOException {
        List<String> seen = new ArrayList<>();
        strict().readTable(text("\uFEFFid\tsymbol\taliases\n7157\t'TP53\tp53||LFS1|\n1029\tCDKN2A\t\n"), HEADER,
                row -> seen.add(row.line() + " " + row.positiveInt(0, "an id", false).getAsInt() + " "
                        + row.required(1, "a symbol") + " " + row.list(2)));
        assertEquals(List.of("2 7157 'TP53 [p53, LFS1]", "3 1029 CDKN2A []"), seen);
    }

    @Test
    void strictTableFailuresNameFileLineAndColumn() {
        assertEquals("t.tsv:1:2: expected header column 'symbol', found 'name'",
                tableFailure("id\tname\taliases\n"));
        assertEquals("t.tsv:1:3: expected header column 'aliases', found no column", tableFailure("id\tsymbol\n"));
        assertEquals("t.tsv:1: expected a header of 3 tab-separated columns, found 4",
                tableFailure("id\tsymbol\taliases\tmore\n"));
        assertEquals("t.tsv:3: expected 3 tab-separated fields, found 1", tableFailure("id\tsymbol\taliases\n1\tA\t\n\n"));
        assertEquals("t.tsv:1: expected the header id <TAB> symbol <TAB> aliases, found an empty file",
                tableFailure(""));
        assertEquals("t.tsv:2:1: expected an id (a positive integer), found '0'",
                tableFailure("id\tsymbol\taliases\n0\tA\t\n"));
        assertEquals("t.tsv:2:2: expected a symbol, found an empty field", tableFailure("id\tsymbol\taliases\n1\t\t\n"));
    }

    @Test
    void linesOverTheCapFailJustOverAndFarOver() {
        TsvReader reader = new TsvReader("t.tsv", TsvSyntax.STRICT, 20);
        assertEquals("t.tsv:2: line longer than 20 characters, the most accepted", assertThrows(
                InputFormatException.class, () -> reader.readRows(text("a\tb\n" + "x".repeat(21) + "\n"), row -> {
                })).getMessage());
        assertEquals("t.tsv:2: line longer than 20 characters, the most accepted", assertThrows(
                InputFormatException.class, () -> reader.readRows(text("a\tb\n" + "x".repeat(100_000) + "\n"), row -> {
                })).getMessage());
    }

    @Test
    void aFailingStreamIsReportedOnTheLineBeingRead() {
        InputStream capped = BoundedInput.capped(text("id\tsymbol\taliases\n1\tA\t\n2\tB\t\n"), 25,
                ReadFailures.plain());
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> strict().readTable(capped, HEADER, row -> {
                }));
        // FastCSV reads ahead a buffer at a time, so the line is the one the read-ahead stood on: here the first.
        assertEquals("t.tsv:1: more than 25 bytes, the most accepted", e.getMessage());
        assertEquals(IOException.class, e.getCause().getClass());
    }

    @Test
    void spreadsheetSyntaxSkipsCommentsAndBlankLinesAndReadsQuotes() throws IOException {
        List<String> seen = new ArrayList<>();
        new TsvReader("c.tsv", TsvSyntax.SPREADSHEET, TsvReader.DEFAULT_MAX_LINE_CHARS).readRows(
                text("\uFEFF# note\nsource\ttarget\n\n\"a\tb\"\tc\n# more\nd\n"),
                row -> seen.add(row.line() + " " + row.fields()));
        assertEquals(List.of("2 [source, target]", "4 [a\tb, c]", "6 [d]"), seen);
    }

    @Test
    void strictSyntaxKeepsQuotesAndEmptyLines() throws IOException {
        List<String> seen = new ArrayList<>();
        strict().readRows(text("\"a\tb\"\n\n#c\n"), row -> seen.add(row.line() + " " + row.fields()));
        assertEquals(List.of("1 [\"a, b\"]", "2 []", "3 [#c]"), seen);
    }

    @Test
    void anOptionalIdMayBeBlank() throws IOException {
        List<OptionalInt> ids = new ArrayList<>();
        strict().readTable(text("id\tsymbol\taliases\n\tA\t\n"), HEADER, row -> ids.add(row.positiveInt(0, "an id",
                true)));
        assertEquals(List.of(OptionalInt.empty()), ids);
    }

    private static TsvReader strict() {
        return new TsvReader("t.tsv", TsvSyntax.STRICT, TsvReader.DEFAULT_MAX_LINE_CHARS);
    }

    private static String tableFailure(String content) {
        return assertThrows(InputFormatException.class, () -> strict().readTable(text(content), HEADER, row -> {
            row.positiveInt(0, "an id", false);
            row.required(1, "a symbol");
        })).getMessage();
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
