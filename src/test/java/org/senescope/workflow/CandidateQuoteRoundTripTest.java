package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.output.TsvCell;

/**
 * A candidates.tsv cell that begins with a double quote (a sentence opening with a quotation mark) survives the
 * review: written by {@link MineTables}, read back by {@link ReviewedCandidates} as a spreadsheet reads it (FastCSV,
 * spreadsheet quoting), it is the same text; written by the project's plain cell encoder alone, the table did not read
 * (every candidate's {@code why} begins with a quoted trigger, so every mined table was affected).
 */
class CandidateQuoteRoundTripTest {

    private static final String QUOTE = "\"Senescent\" cells secrete CCL2, \"and\" recruit NK cells.";
    private static final String NOTE = "\"sic\": quoted as the seed quotes it";

    @TempDir
    Path tmp;

    private static List<String> cells(String quote, String note) {
        List<String> row = new ArrayList<>(Collections.nCopies(MineTables.CANDIDATE_COLUMNS.size(), "x"));
        row.set(MineTables.CANDIDATE_COLUMNS.indexOf("quote"), quote);
        row.set(MineTables.CANDIDATE_COLUMNS.indexOf("sign"), "+");
        row.set(MineTables.CANDIDATE_COLUMNS.indexOf(ReviewedCandidates.DECISION), "accept");
        row.set(MineTables.CANDIDATE_COLUMNS.indexOf(ReviewedCandidates.NOTE), note);
        return row;
    }

    private ReviewedCandidates.Row readBack(String table) throws IOException {
        Path file = tmp.resolve("reviewed.tsv");
        Files.writeString(file, table, StandardCharsets.UTF_8);
        return ReviewedCandidates.read(file).decided().get(0);
    }

    @Test
    void aQuoteOpeningWithAQuotationMarkReadsBackAsWritten() throws IOException {
        String table = MineTables.spreadsheetRow(MineTables.CANDIDATE_COLUMNS) + MineTables.spreadsheetRow(
                cells(QUOTE, NOTE));
        assertEquals("\"\"\"Senescent\"\" cells secrete CCL2, \"\"and\"\" recruit NK cells.\"",
                table.lines().toList().get(1).split("\t")[MineTables.CANDIDATE_COLUMNS.indexOf("quote")]);
        ReviewedCandidates.Row row = readBack(table);
        assertEquals(QUOTE, row.cell("quote"));
        assertEquals(NOTE, row.cell(ReviewedCandidates.NOTE));
        assertEquals("+", row.cell("sign"));
        // The claims.tsv row the merge writes keeps it too (the curation's reader also quotes as a spreadsheet).
        assertEquals("\"\"\"Senescent\"\" cells secrete CCL2, \"\"and\"\" recruit NK cells.\"",
                MergedClaims.row(row).split("\t")[ReviewedCandidates.CLAIM_COLUMNS.indexOf("quote")]);
    }

    @Test
    void aQuotationMarkInsideACellIsLeftAsItIs() throws IOException {
        String inside = "NK cells \"recognise\" NKG2D ligands.";
        String table = MineTables.spreadsheetRow(MineTables.CANDIDATE_COLUMNS)
                + MineTables.spreadsheetRow(cells(inside, ""));
        assertEquals(inside, table.lines().toList().get(1).split("\t")[MineTables.CANDIDATE_COLUMNS.indexOf("quote")]);
        assertEquals(inside, readBack(table).cell("quote"));
    }

    @Test
    void thePlainEncoderAloneMakesTheReviewedTableUnreadable() {
        String table = TsvCell.row(MineTables.CANDIDATE_COLUMNS) + TsvCell.row(cells(QUOTE, ""));
        InputFormatException e = assertThrows(InputFormatException.class, () -> readBack(table));
        assertEquals(tmp.resolve("reviewed.tsv") + ":2: Unexpected character after closing quote: ' ' (0x20) "
                + "(record starting at line 2)", e.getMessage());
    }
}
