package org.senescope.read.table;

import org.senescope.read.TextTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A ranking from a DE table's column: gene names, rows left out and counted, and missing columns named. */
class TableRankingTest {

    @TempDir
    Path dir;

    private TextTable table() throws IOException {
        Path file = dir.resolve("de.tsv");
        Files.writeString(file, "id\tsymbol\tstat\n"
                + "ENSG1\tTP53\t3.5\n"
                + "ENSG2\tNA\t1.0\n"
                + "ENSG3\tCDKN1A\tNA\n"
                + "ENSG4\tRB1\t-2.25\n");
        return new DelimitedTableReader().read(file);
    }

    @Test
    void ranksByTheColumnWithGenesFromTheNamedColumnAndCountsRowsLeftOut() throws IOException {
        TableRanking ranking = TableRanking.of(table(), "de.tsv", "stat", "symbol");
        assertEquals(List.of("TP53", "RB1"), ranking.list().genes());
        assertArrayEquals(new double[] {3.5, -2.25}, ranking.list().statistics());
        assertEquals(List.of("2 rows of de.tsv have no gene name or no finite stat and were left out"),
                ranking.notes());
    }

    @Test
    void takesGeneNamesFromTheFirstColumnWhenNoneIsNamed() throws IOException {
        TableRanking ranking = TableRanking.of(table(), "de.tsv", "stat", "");
        assertEquals(List.of("ENSG1", "ENSG2", "ENSG4"), ranking.list().genes());
        assertEquals(List.of("1 rows of de.tsv have no gene name or no finite stat and were left out"),
                ranking.notes());
    }

    @Test
    void namesTheFileAndTheColumnsWhenAColumnIsMissing() throws IOException {
        TextTable table = table();
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> TableRanking.of(table, "de.tsv", "log2FoldChange", "symbol"));
        assertEquals("de.tsv:1: no column 'log2FoldChange'; expected one of [id, symbol, stat]", e.getMessage());
        e = assertThrows(InputFormatException.class, () -> TableRanking.of(table, "de.tsv", "stat", "gene"));
        assertEquals("de.tsv:1: no column 'gene'; expected one of [id, symbol, stat]", e.getMessage());
    }
}
