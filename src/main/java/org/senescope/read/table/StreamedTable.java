package org.senescope.read.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.senescope.failure.InputFormatException;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.InputFile;
import org.senescope.read.LineEnding;
import org.senescope.read.TableLayout;
import org.senescope.read.TextLines;
import org.senescope.read.TextTable;

/**
 * A UTF-8 delimited text table (plain or gzip) read row by row, for callers that keep less than the table: memory is
 * one row (and FastCSV's buffer) whatever the file's size. The layout is detected from the first lines as
 * {@link DelimitedTableReader} detects it, and rows are split, checked and numbered as it splits them, so the same
 * bytes give the same columns, cells and lines. The text is read through {@link TextLines}: strict UTF-8, a NUL byte
 * or a line over {@link TextLines#MAX_LINE_BYTES} anywhere is an {@link InputFormatException} with line and column.
 * Each {@link #forEachRow} reads the file again from its start. Not for xlsx, GCT or other encodings.
 */
public final class StreamedTable {

    /** Receives rows in file order. */
    @FunctionalInterface
    public interface RowConsumer {
        /**
         * One data row.
         *
         * @param line  the row's 1-based line in the file
         * @param cells its cells, as wide as the columns; the array is the consumer's to keep
         * @return whether to go on reading
         */
        boolean row(long line, String[] cells) throws IOException;
    }

    private final Path file;
    private final TableOptions options;
    private final LayoutDetection.Detected detected;
    private final List<String> columns;

    private StreamedTable(Path file, TableOptions options, LayoutDetection.Detected detected, List<String> columns) {
        this.file = file;
        this.options = options;
        this.detected = detected;
        this.columns = List.copyOf(columns);
    }

    /**
     * Opens {@code file}, detecting its layout from its first lines and reading its header.
     *
     * @throws InputFormatException when the file is empty, has a header without rows, or its first lines are bad
     */
    public static StreamedTable open(Path file, TableOptions options) throws IOException {
        List<String> first = new ArrayList<>();
        try (TextLines lines = TextLines.open(file, options.limits())) {
            for (Optional<String> l = lines.next(); l.isPresent() && first.size() < 4 * LayoutDetection.SAMPLE_LINES;
                 l = lines.next()) {
                first.add(l.get());
            }
        }
        LayoutDetection.Detected d = LayoutDetection.detect(first, options);
        String src = InputFile.displayName(file);
        List<CsvRecord> head = new ArrayList<>();
        records(file, options, d, rec -> {
            head.add(rec);
            return head.size() < 2;
        });
        if (head.isEmpty()) {
            throw new InputFormatException(src, 0, 0, "empty file (no rows); expected a table");
        }
        if (d.header() && head.size() == 1) {
            throw DelimitedTableReader.headerWithoutRows(src, head.get(0));
        }
        return new StreamedTable(file, options, d, DelimitedTableReader.columns(src, head.get(0), d));
    }

    /** The file as the user named it. */
    public String source() {
        return InputFile.displayName(file);
    }

    /** The column names, as {@link DelimitedTableReader} names them. */
    public List<String> columns() {
        return columns;
    }

    /** The decimal mark of the numbers. */
    public char decimalMark() {
        return detected.decimalMark();
    }

    /**
     * Reads the data rows from the start of the file, handing each to {@code consumer} until it declines or the rows
     * end; a row of the wrong width is refused, or passed over under {@link BadRowPolicy#SKIP}.
     *
     * @throws InputFormatException when the text or a row is bad, naming line and column
     */
    public void forEachRow(RowConsumer consumer) throws IOException {
        String src = source();
        int width = columns.size();
        boolean[] header = {detected.header()};
        records(file, options, detected, rec -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            if (DelimitedTableReader.usedWidth(rec, width) != width) {
                if (options.badRows() == BadRowPolicy.FAIL) {
                    throw new InputFormatException(src, rec.getStartingLineNumber(), 0,
                            DelimitedTableReader.widthProblem(rec, width, detected));
                }
                return true;
            }
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                cells[c] = rec.getField(c);
            }
            return consumer.row(rec.getStartingLineNumber(), cells);
        });
    }

    /**
     * The first {@code maxRows} data rows (fewer when the table is shorter or they would exceed {@code maxCells}
     * cells) as a table, with {@link #columns()}.
     */
    public TextTable head(int maxRows, int maxCells) throws IOException {
        int width = columns.size();
        int rows = Math.max(1, Math.min(maxRows, maxCells / Math.max(1, width)));
        List<String> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        forEachRow((line, row) -> {
            cells.addAll(Arrays.asList(row));
            lines.add(line);
            return lines.size() < rows;
        });
        if (lines.isEmpty()) {
            throw new InputFormatException(source(), 0, 0, "no row has the " + width
                    + " fields of the header; expected at least one");
        }
        TableLayout layout = new TableLayout("delimited", detected.delimiter(), detected.header(),
                detected.decimalMark(), detected.quote(), false, LineEnding.NONE, detected.commentPrefix(),
                detected.headerOneShort(), InputFile.isGzip(file), java.nio.charset.StandardCharsets.UTF_8);
        return TextTable.ofCells(source(), layout, columns, cells.toArray(String[]::new),
                lines.stream().mapToLong(Long::longValue).toArray(), List.of(), List.of());
    }

    /** A record consumer that may stop the reading. */
    @FunctionalInterface
    private interface RecordConsumer {
        boolean record(CsvRecord rec) throws IOException;
    }

    private static void records(Path file, TableOptions options, LayoutDetection.Detected d, RecordConsumer consumer)
            throws IOException {
        String src = InputFile.displayName(file);
        try (TextLines lines = TextLines.open(file, options.limits());
             CsvReader<CsvRecord> reader = DelimitedTableReader.builder(d).ofCsvRecord(new LinesReader(lines))) {
            for (CsvRecord rec : reader) {
                if (!DelimitedTableReader.isBlank(rec) && !consumer.record(rec)) {
                    return;
                }
            }
        } catch (CsvParseException e) {
            throw DelimitedTableReader.parseFailure(src, d, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The lines of a {@link TextLines}, each ended by {@code \n}: line numbers are kept, and FastCSV reads the text
     * as if the file were in memory.
     */
    private static final class LinesReader extends Reader {
        private final TextLines lines;
        private String current = "";
        private int position;

        LinesReader(TextLines lines) {
            this.lines = Objects.requireNonNull(lines, "lines");
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length()) {
                Optional<String> next = lines.next();
                if (next.isEmpty()) {
                    return -1;
                }
                current = next.get() + "\n";
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
            // The TextLines is closed by its owner.
        }
    }
}
