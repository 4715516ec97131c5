package org.senescope.input;

import org.senescope.failure.InputFormatException;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads tab-separated UTF-8 text with FastCSV, one {@link TsvRow} at a time, failing at the first problem with a
 * {@link InputFormatException} naming file, line and column: a line over the length cap, a read failure of the
 * underlying stream (its message kept as the reason), or, for {@link #readTable}, a header or field count other than
 * expected. A reader holds only its settings and may be shared between threads; the handler runs on the caller's.
 */
public final class TsvReader {
    /** The default cap on one line: far above any table Senescope ships or curates. */
    public static final int DEFAULT_MAX_LINE_CHARS = 64 * 1024;

    // FastCSV reads 8,192 characters at a time and needs room for them beside the unfinished line.
    private static final int FASTCSV_READ_CHARS = 8192;

    private final String fileName;
    private final TsvSyntax syntax;
    private final int maxLineChars;

    /** Receives rows in file order; may stop the read by throwing. */
    @FunctionalInterface
    public interface RowHandler {
        void row(TsvRow row) throws InputFormatException;
    }

    /**
     * @param fileName     names the input in messages: a path as the user gave it, or a resource name
     * @param maxLineChars the longest line accepted, 1 or more
     */
    public TsvReader(String fileName, TsvSyntax syntax, int maxLineChars) {
        if (maxLineChars < 1) {
            throw new IllegalArgumentException("maxLineChars must be 1 or more: " + maxLineChars);
        }
        this.fileName = fileName;
        this.syntax = syntax;
        this.maxLineChars = maxLineChars;
    }

    /**
     * Hands every row of {@code in} (which the caller closes), the first one too, to {@code handler}. Rows may have
     * any number of fields.
     */
    public void readRows(InputStream in, RowHandler handler) throws InputFormatException {
        long lastLine = 0;
        try {
            for (CsvRecord record : csv(in)) {
                lastLine = record.getStartingLineNumber();
                TsvRow row = new TsvRow(fileName, record);
                checkLength(row);
                handler.row(row);
            }
        } catch (CsvParseException e) {
            // The buffer fills up only on a line far over the cap; checkLength catches the ones just over it.
            String message = Objects.requireNonNullElse(e.getMessage(), "unreadable CSV");
            String reason = message.contains("maximum buffer size") ? tooLong() : message;
            throw new InputFormatException(fileName, lastLine + 1, 0, reason, e);
        } catch (UncheckedIOException e) {
            IOException cause = Objects.requireNonNull(e.getCause(), "UncheckedIOException always has a cause");
            throw new InputFormatException(fileName, lastLine + 1, 0,
                    Objects.requireNonNullElse(cause.getMessage(), cause.toString()), cause);
        }
    }

    /**
     * Reads a table whose first row is exactly {@code header} (a byte order mark before it is ignored) and whose other
     * rows have exactly as many fields; hands the data rows to {@code handler}. An empty input fails on line 1.
     */
    public void readTable(InputStream in, List<String> header, RowHandler handler) throws InputFormatException {
        TableRows rows = new TableRows(header, handler);
        readRows(in, rows);
        if (!rows.headerSeen) {
            throw new InputFormatException(fileName, 1, 0, "expected the header " + String.join(" <TAB> ", header)
                    + ", found an empty file", null);
        }
    }

    /** Checks the first row against the header and the others' field counts before handing them on. */
    private static final class TableRows implements RowHandler {
        private final List<String> header;
        private final RowHandler handler;
        private boolean headerSeen;

        TableRows(List<String> header, RowHandler handler) {
            this.header = header;
            this.handler = handler;
        }

        @Override
        public void row(TsvRow row) throws InputFormatException {
            if (!headerSeen) {
                headerSeen = true;
                checkHeader(row, header);
            } else if (row.fieldCount() != header.size()) {
                throw row.lineError(TsvRow.wrongFieldCount(header.size(), row.fieldCount()));
            } else {
                handler.row(row);
            }
        }
    }

    private Iterable<CsvRecord> csv(InputStream in) {
        CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                .fieldSeparator('\t')
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                // Below one read of room FastCSV fails with an IndexOutOfBoundsException instead of its buffer message.
                .maxBufferSize(Math.max(maxLineChars, FASTCSV_READ_CHARS) + 2 * FASTCSV_READ_CHARS);
        if (syntax == TsvSyntax.STRICT) {
            // NUL never occurs in text, so choosing it as the quote switches quoting off in effect.
            builder.quoteCharacter('\0').skipEmptyLines(false);
        } else {
            builder.commentStrategy(CommentStrategy.SKIP).skipEmptyLines(true).detectBomHeader(true);
        }
        return builder.ofCsvRecord(in, StandardCharsets.UTF_8);
    }

    private void checkLength(TsvRow row) throws InputFormatException {
        long length = row.fieldCount() - 1L;
        for (int i = 0; i < row.fieldCount(); i++) {
            length += row.field(i).length();
        }
        if (length > maxLineChars) {
            throw row.lineError(tooLong());
        }
    }

    private String tooLong() {
        return "line longer than " + maxLineChars + " characters, the most accepted";
    }

    private static void checkHeader(TsvRow row, List<String> header) throws InputFormatException {
        for (int i = 0; i < header.size(); i++) {
            String found = i < row.fieldCount() ? row.field(i) : "";
            if (i == 0 && found.startsWith("\uFEFF")) {
                found = found.substring(1);
            }
            if (!header.get(i).equals(found)) {
                String shown = i < row.fieldCount() ? "'" + found + "'" : "no column";
                throw row.error(i + 1, "expected header column '" + header.get(i) + "', found " + shown);
            }
        }
        if (row.fieldCount() != header.size()) {
            throw row.lineError("expected a header of " + header.size() + " tab-separated columns, found "
                    + row.fieldCount());
        }
    }
}
