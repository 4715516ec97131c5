package org.senescope.read.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.senescope.failure.InputFormatException;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.DecimalBytes;
import org.senescope.read.table.LayoutDetection;
import org.senescope.read.NumberCells;
import org.senescope.read.SkippedLine;

/**
 * One pass over a matrix's bytes: the header decoded as text, then each data line scanned in place, identifiers
 * made into Strings and numbers parsed straight into a growing {@code double[]}. Not thread-safe; used once.
 */
final class MatrixScan {

    private final String src;
    private final LayoutDetection.Detected layout;
    private final BadRowPolicy policy;
    private final byte delimiter;
    private final byte decimal;
    private final char quote;
    private final DelimitedFields syntax;

    private List<String> samples = List.of();
    private boolean hasDescription;
    private final List<String> ids;
    private final List<String> descriptions;
    private static final int BLOCK = 1 << 20;
    /** The unused tail of a first block sized from an estimate that may stay with the matrix (1/16 of it). */
    private static final int SLACK_SHIFT = 4;

    /** Rows the first block is sized for: the reader's estimate from the file size, or 0 when unknown. */
    private final int expectedRows;
    /** The input's size in bytes (0 when unknown), which bounds the rows: each needs a delimiter per sample. */
    private final long inputBytes;
    /**
     * Whole rows: a first block of {@link #expectedRows} rows, then blocks of about {@link #BLOCK} values for rows
     * beyond the estimate. No growth copies; one exact copy at the end only when the estimate was wrong.
     */
    private final ValueBlocks valueBlocks;
    private double[] values = new double[0];
    private int filled;
    private final NonFiniteTally tally = new NonFiniteTally();
    private final List<SkippedLine> skipped = new ArrayList<>();
    private final DecimalBytes decimals = new DecimalBytes();
    private long line;

    /**
     * @param expectedRows rows to size the value array for, from the file size; 0 when unknown (compressed input),
     *                     and then values are gathered in blocks and copied once at the end
     * @param inputBytes   the input's size in bytes, 0 when unknown
     */
    MatrixScan(String src, LayoutDetection.Detected layout, BadRowPolicy policy, int expectedRows, long inputBytes,
               long heap) {
        this.src = src;
        this.valueBlocks = new ValueBlocks(heap);
        this.expectedRows = expectedRows;
        this.inputBytes = inputBytes;
        int rowsHint = expectedRows > 0 ? expectedRows : 1024;
        this.layout = layout;
        this.policy = policy;
        this.delimiter = (byte) layout.delimiter();
        this.decimal = (byte) layout.decimalMark();
        this.quote = layout.quote().isEmpty() ? '\0' : layout.quote().charAt(0);
        this.syntax = new DelimitedFields(src, delimiter, quote);
        this.ids = new ArrayList<>(rowsHint);
        this.descriptions = new ArrayList<>(rowsHint);
    }

    List<String> samples() {
        return samples;
    }

    List<String> ids() {
        return ids;
    }

    List<String> descriptions() {
        return hasDescription ? descriptions : java.util.Collections.nCopies(ids.size(), "");
    }

    NonFiniteTally tally() {
        return tally;
    }

    List<SkippedLine> skipped() {
        return skipped;
    }

    /**
     * The values of the rows read, row-major, in an array at least as long as they are (adopt it with
     * {@link org.senescope.model.data.ExpressionMatrix#adoptingPrefix}): the first block itself when every row fit in
     * it and little of it is unused, else one exact copy. The blocks are released. Call once.
     */
    double[] values() {
        values = new double[0];
        return valueBlocks.joined((long) ids.size() * samples.size(), SLACK_SHIFT);
    }

    void scan(ByteBlocks blocks) throws IOException {
        byte comment = layout.commentPrefix().isEmpty() ? 0 : (byte) layout.commentPrefix().charAt(0);
        boolean headerDone = false;
        while (blocks.next(line)) {
            byte[] b = blocks.buffer();
            int p = blocks.start();
            int blockEnd = blocks.end();
            while (p < blockEnd) {
                line++;
                byte first = b[p];
                // Only a line that starts oddly is measured first; data rows go straight to the one-pass parse.
                if (first == '\n' || first == '\r' || first == comment || first == ' ' || first == '\t'
                        || !headerDone) {
                    int e = ByteBlocks.lineEnd(b, p, blockEnd);
                    if (p == e || (comment != 0 && first == comment) || ByteBlocks.isBlank(b, p, e)) {
                        p = ByteBlocks.afterLineEnd(b, e, blockEnd);
                        continue;
                    }
                }
                if (!headerDone) {
                    int e = ByteBlocks.lineEnd(b, p, blockEnd);
                    header(b, p, e, line);
                    headerDone = true;
                    if (layout.header()) {
                        p = ByteBlocks.afterLineEnd(b, e, blockEnd);
                        continue;
                    }
                }
                p = row(b, p, blockEnd);
            }
        }
        if (!headerDone) {
            throw new InputFormatException(src, 0, 0, "empty file; expected a matrix with an identifier column and "
                    + "one numeric column per sample");
        }
        if (ids.isEmpty()) {
            throw new InputFormatException(src, 0, 0, skipped.isEmpty()
                    ? "a header without data rows; expected at least one row of values"
                    : "no usable row (" + skipped.size() + " skipped, first: " + skipped.get(0) + ")");
        }
    }


    private void header(byte[] b, int s, int e, long line) throws InputFormatException {
        List<String> fields = LayoutDetection.split(syntax.text(b, s, e, line, 1), layout.delimiter(), quote);
        if (!layout.header()) {
            List<String> names = new ArrayList<>();
            for (int i = 2; i <= fields.size(); i++) {
                names.add("V" + i);
            }
            samples = List.copyOf(names);
        } else if (layout.headerOneShort()) {
            samples = List.copyOf(fields);
        } else {
            String second = fields.size() > 1 ? fields.get(1).toLowerCase(Locale.ROOT) : "";
            hasDescription = second.equals("description") || second.equals("desc");
            samples = List.copyOf(fields.subList(Math.min(fields.size(), hasDescription ? 2 : 1), fields.size()));
        }
        if (samples.isEmpty()) {
            throw new InputFormatException(src, line, 0, "found only " + fields.size() + " column"
                    + (fields.size() == 1 ? "" : "s") + "; expected an identifier column and at least one sample "
                    + "column (is the delimiter '" + printable(layout.delimiter()) + "' right?)");
        }
        int offset = fields.size() - samples.size();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Integer before = seen.putIfAbsent(samples.get(i), i);
            if (before != null) {
                throw new InputFormatException(src, line, offset + i + 1, "duplicate sample name '" + samples.get(i)
                        + "' (also column " + (offset + before + 1) + "); expected unique sample names");
            }
        }
    }

    /**
     * Parses the data row starting at {@code s} in one pass (fields and the line end found while parsing the
     * numbers) and returns where the next line starts.
     */
    private int row(byte[] b, int s, int blockEnd) throws InputFormatException {
        int n = samples.size();
        if (filled + n > values.length) {
            int rows = valueBlocks.isEmpty() && expectedRows > 0
                    ? (int) Math.min(expectedRows, inputBytes / n + 1) : Math.max(1, BLOCK / n);
            values = valueBlocks.next(src, line, rows, n);
            filled = 0;
        }
        tally.mark();
        int p = s;
        int idEnd = syntax.end(b, p, blockEnd);
        String id = syntax.unquote(syntax.text(b, p, idEnd, line, 1));
        p = idEnd;
        String description = "";
        if (hasDescription) {
            if (p >= blockEnd || b[p] != delimiter) {
                return reject(b, s, blockEnd, 0, null);
            }
            int dEnd = syntax.end(b, p + 1, blockEnd);
            description = syntax.unquote(syntax.text(b, p + 1, dEnd, line, 2));
            p = dEnd;
        }
        int firstValueColumn = hasDescription ? 3 : 2;
        int k = filled;
        for (int j = 0; j < n; j++) {
            if (p >= blockEnd || b[p] != delimiter) {
                return reject(b, s, blockEnd, 0, null);
            }
            p++;
            double v = decimals.parseField(b, p, blockEnd, decimal, delimiter);
            int q;
            if (DecimalBytes.handled(v)) {
                q = decimals.end();
            } else {
                q = syntax.end(b, p, blockEnd);
                try {
                    v = slowCell(b, p, q, line, firstValueColumn + j);
                } catch (InputFormatException ex) {
                    return reject(b, s, blockEnd, ex.column(), ex);
                }
            }
            values[k++] = v;
            p = q;
        }
        int e = ByteBlocks.lineEnd(b, p, blockEnd);
        if (p < e && !syntax.onlyDelimiters(b, p, e)) {
            return reject(b, s, blockEnd, 0, null);
        }
        filled = k;
        ids.add(id);
        if (hasDescription) {
            descriptions.add(description);
        }
        return ByteBlocks.afterLineEnd(b, e, blockEnd);
    }

    private double slowCell(byte[] b, int p, int q, long line, int column) throws InputFormatException {
        String cell = syntax.unquote(new String(b, p, q - p, StandardCharsets.UTF_8));
        double v;
        try {
            v = NumberCells.parse(cell, (char) decimal);
        } catch (NumberFormatException ex) {
            throw new InputFormatException(src, line, column, ex.getMessage() + " in sample '"
                    + samples.get(column - (hasDescription ? 3 : 2)) + "'");
        }
        return tally.admit(v);
    }

    /** Fails, or skips the row at {@code s} and returns where the next line starts. */
    private int reject(byte[] b, int s, int blockEnd, int column, @Nullable InputFormatException cellError)
            throws InputFormatException {
        int e = ByteBlocks.lineEnd(b, s, blockEnd);
        String reason = cellError == null ? widthReason(b, s, e) : cellError.reason();
        if (policy == BadRowPolicy.FAIL) {
            throw cellError != null ? cellError : new InputFormatException(src, line, column, reason);
        }
        skipped.add(new SkippedLine(line, reason));
        // A skipped row's cells are not counted as missing or infinite: the row is reported as a whole.
        tally.resetToMark();
        return ByteBlocks.afterLineEnd(b, e, blockEnd);
    }

    private String widthReason(byte[] b, int s, int e) {
        int fields = 1;
        for (int i = s; i < e; i++) {
            if (b[i] == delimiter) {
                fields++;
            }
        }
        int expected = samples.size() + (hasDescription ? 2 : 1);
        return "found " + fields + (fields == 1 ? " field" : " fields") + "; expected " + expected
                + " (identifier" + (hasDescription ? ", description" : "") + " and " + samples.size() + " samples)";
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
