package org.senescope.genes.hgnc;

import java.util.ArrayList;
import java.util.List;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvRow;

/**
 * Turns the rows of one HGNC file into genes: checks the header, then makes a gene of every data row that has the 13
 * fields, an approved symbol and an HGNC ID, and records (or, under {@link RejectPolicy#FAIL}, throws) every other
 * row. Single use, not thread-safe.
 */
final class HgncRows implements TsvReader.RowHandler {
    // The columns a gene cannot do without: the overlay matches and reports genes by them.
    private static final int SYMBOL = 0;
    private static final int HGNC_ID = 12;
    private static final char REPLACEMENT = '\uFFFD';

    private final String file;
    private final RejectPolicy policy;
    private final List<HgncGene> genes = new ArrayList<>();
    private final List<RejectedLine> rejected = new ArrayList<>();
    private boolean headerSeen;

    HgncRows(String file, RejectPolicy policy) {
        this.file = file;
        this.policy = policy;
    }

    @Override
    public void row(TsvRow row) throws InputFormatException {
        checkEncoding(row);
        if (!headerSeen) {
            headerSeen = true;
            HgncHeader.check(row);
            return;
        }
        if (row.fieldCount() != HgncFileReader.FIELD_COUNT) {
            String reason = TsvRow.wrongFieldCount(HgncFileReader.FIELD_COUNT, row.fieldCount());
            reject(row, 0, row.fieldCount() == 1 && row.field(0).isEmpty() ? reason + " (empty line)" : reason);
        } else if (row.field(SYMBOL).isBlank()) {
            reject(row, SYMBOL + 1, "expected an approved symbol, found an empty field");
        } else if (row.field(HGNC_ID).isBlank()) {
            reject(row, HGNC_ID + 1, "expected an HGNC ID, found an empty field");
        } else {
            genes.add(gene(row));
        }
    }

    /** What was read; fails on a file without even a header. */
    HgncReadResult result() throws InputFormatException {
        if (!headerSeen) {
            throw new InputFormatException(file, 1, 0, "expected the HGNC header, found an empty file");
        }
        return new HgncReadResult(file, genes, rejected, genes.size() + (long) rejected.size());
    }

    private void reject(TsvRow row, int column, String reason) throws InputFormatException {
        if (policy == RejectPolicy.FAIL) {
            throw row.error(column, reason);
        }
        rejected.add(new RejectedLine(file, row.line(), column, row.fieldCount(), reason));
    }

    /**
     * The reader decodes UTF-8 leniently, putting U+FFFD where bytes are not UTF-8; finding one here locates the
     * damage to its field, where a failing decoder could only name a line near it.
     */
    private static void checkEncoding(TsvRow row) throws InputFormatException {
        for (int i = 0; i < row.fieldCount(); i++) {
            if (row.field(i).indexOf(REPLACEMENT) >= 0) {
                throw row.error(i + 1, "not UTF-8 text: bytes that are not UTF-8 (or a U+FFFD replacement "
                        + "character an earlier conversion left)");
            }
        }
    }

    private static HgncGene gene(TsvRow row) {
        return new HgncGene(text(row, HGNC_ID), text(row, SYMBOL), text(row, 1), text(row, 2), list(row, 3),
                text(row, 4), list(row, 5), text(row, 6), list(row, 7), list(row, 8), list(row, 9), text(row, 10),
                list(row, 11));
    }

    private static String text(TsvRow row, int index) {
        return row.field(index).trim();
    }

    /** HGNC joins list values with ", ". */
    private static List<String> list(TsvRow row, int index) {
        List<String> parts = new ArrayList<>();
        for (String part : row.field(index).split(",", -1)) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return List.copyOf(parts);
    }
}
