package org.senescope.read.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.senescope.failure.InputFormatException;
import org.senescope.read.TextTable;

/** A table streamed row by row gives the columns, cells and lines of the same bytes read whole. */
class StreamedTableTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        "gene\tlog2FoldChange\tpadj\nTP53\t1.5\t0.01\n\nCDKN1A\t-1\tNA\n",
        "\uFEFFgene,value\r\n\"TP53, p53\",1.5\r\n\"say \"\"hi\"\"\",2\r\n",
        "# comment\ngene;value\nTP53;1,5\n# another\nCDKN1A;-0,25\n",
        "log2FoldChange\tpadj\nTP53\t1.5\t0.01\nCDKN1A\t-1\t0.2\n",
        "TP53\t1.5\nCDKN1A\t-1\nRB1\t0.5\n",
        "gene\tnote\nTP53\t\"two\nlines\"\rCDKN1A\tx\r",
        "gene\tvalue\nTP53\t1.5\t\t\nCDKN1A\t2\n"})
    void streamedRowsAreTheRowsReadWhole(String text) throws IOException {
        Path file = tmp.resolve("t.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        TextTable whole = new DelimitedTableReader().read(file);
        StreamedTable streamed = StreamedTable.open(file, TableOptions.defaults());
        assertEquals(whole.columns(), streamed.columns());
        assertEquals(whole.layout().decimalMark(), streamed.decimalMark());
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < whole.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < whole.columns().size(); c++) {
                row.add(whole.cell(r, c));
            }
            expected.add(whole.line(r) + " " + row);
        }
        List<String> found = new ArrayList<>();
        streamed.forEachRow((line, cells) -> found.add(line + " " + Arrays.asList(cells)));
        assertEquals(expected, found);
    }

    @Test
    void theHeadIsTheFirstRowsOfAGzipTable() throws IOException {
        Path file = tmp.resolve("t.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            StringBuilder b = new StringBuilder("gene\tvalue\n");
            for (int i = 0; i < 1000; i++) {
                b.append('G').append(i).append('\t').append(i).append('\n');
            }
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        StreamedTable streamed = StreamedTable.open(file, TableOptions.defaults());
        TextTable head = streamed.head(100, 150);
        // 150 cells of a two-column table: 75 rows.
        assertEquals(75, head.rowCount());
        assertEquals("G74", head.cell(74, 0));
        assertEquals(76, head.line(74));
        int[] rows = {0};
        streamed.forEachRow((line, cells) -> ++rows[0] > 0);
        assertEquals(1000, rows[0]);
    }

    @Test
    void badRowsAreLocatedAsWhenReadWhole() throws IOException {
        Path file = tmp.resolve("t.tsv");
        Files.writeString(file, "gene\tvalue\nTP53\t1\nCDKN1A\n", StandardCharsets.UTF_8);
        StreamedTable streamed = StreamedTable.open(file, TableOptions.defaults());
        InputFormatException e = assertThrows(InputFormatException.class, () -> streamed.forEachRow((l, c) -> true));
        assertEquals(file + ":3: found 1 field; expected 2 as the header has", e.getMessage());
        Path headerOnly = tmp.resolve("h.tsv");
        Files.writeString(headerOnly, "gene\tvalue\n", StandardCharsets.UTF_8);
        InputFormatException h = assertThrows(InputFormatException.class,
                () -> StreamedTable.open(headerOnly, TableOptions.defaults()));
        assertEquals(headerOnly + ":1: a header without data rows; expected at least one row after the header",
                h.getMessage());
    }
}
