package org.senescope.read.table;

import org.senescope.read.InputFile;
import org.senescope.read.InputText;
import org.senescope.read.TableLayout;
import org.senescope.read.TextTable;
import org.senescope.read.BadRowPolicy;
import org.senescope.read.SkippedLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.senescope.failure.InputFormatException;
import org.senescope.read.xlsx.XlsxReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.senescope.read.DataReader;

/**
 * Reads a delimited text table (TSV, CSV, semicolon CSV with decimal commas; plain or gzip; any line ending; with or
 * without BOM, quoting, comment lines or a header, R's header-one-field-short form included) into a
 * {@link TextTable}. An xlsx workbook (recognised by its zip signature) is handed to {@link XlsxReader}. The layout is
 * detected by {@link LayoutDetection} unless the {@link TableOptions} fix it; parsing itself is FastCSV's.
 *
 * <p>Stateless and thread-safe. Bad input is an {@link InputFormatException} naming file, line and column: an empty
 * file, a header without rows, duplicate column names, a row of the wrong width (unless skipped by policy), an
 * unclosed quote, invalid text encoding, binary data, a broken or oversized gzip stream.
 */
public final class DelimitedTableReader implements DataReader<TextTable> {

    private final TableOptions options;

    /** A reader that detects everything. */
    public DelimitedTableReader() {
        this(TableOptions.defaults());
    }

    /** A reader for which {@code options} fix what is otherwise detected. */
    public DelimitedTableReader(TableOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public TextTable read(Path file) throws IOException {
        if (InputFile.isZip(file)) {
            return new XlsxReader(options.limits(), options.sheet()).read(file);
        }
        return parse(InputText.read(file, encoding(), options.limits()), options);
    }

    @Override
    public TextTable read(InputStream in, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(4);
        byte[] head = buffered.readNBytes(4);
        buffered.reset();
        if (InputFile.isZip(head)) {
            return new XlsxReader(options.limits(), options.sheet()).read(buffered, source);
        }
        return parse(InputText.read(buffered, source, encoding(), options.limits()), options);
    }

    /**
     * Reads a delimited table from text already in memory (e.g. a file about to be written), detecting what the
     * options leave open exactly as for a file with the same bytes.
     *
     * @throws InputFormatException when the text is not a readable table, naming the text's source, line and column
     */
    public TextTable read(InputText text) throws InputFormatException {
        return parse(text, options);
    }

    private Optional<Charset> encoding() {
        return options.encoding() instanceof TableOptions.EncodingChoice.Given given ? Optional.of(given.charset())
                : Optional.empty();
    }

    static TextTable parse(InputText text, TableOptions options) throws InputFormatException {
        String src = text.source();
        LayoutDetection.Detected d = LayoutDetection.detect(text.firstLines(4 * LayoutDetection.SAMPLE_LINES),
                options);
        TableLayout layout = new TableLayout("delimited", d.delimiter(), d.header(), d.decimalMark(), d.quote(),
                text.bom(), text.lineEnding(), d.commentPrefix(), d.headerOneShort(), text.gzip(), text.charset());
        List<CsvRecord> records = records(src, text, d);
        if (records.isEmpty()) {
            throw new InputFormatException(src, 0, 0, "empty file (no rows); expected a table");
        }
        int first = d.header() ? 1 : 0;
        List<String> columns = columns(src, records.get(0), d);
        if (records.size() == first) {
            throw headerWithoutRows(src, records.get(0));
        }
        int width = columns.size();
        List<SkippedLine> skipped = new ArrayList<>();
        String[] cells = new String[(records.size() - first) * width];
        long[] rowLines = new long[records.size() - first];
        int rows = 0;
        for (int r = first; r < records.size(); r++) {
            CsvRecord rec = records.get(r);
            if (usedWidth(rec, width) != width) {
                String reason = widthProblem(rec, width, d);
                if (options.badRows() == BadRowPolicy.FAIL) {
                    throw new InputFormatException(src, rec.getStartingLineNumber(), 0, reason);
                }
                skipped.add(new SkippedLine(rec.getStartingLineNumber(), reason));
                continue;
            }
            for (int c = 0; c < width; c++) {
                cells[rows * width + c] = rec.getField(c);
            }
            rowLines[rows++] = rec.getStartingLineNumber();
        }
        if (rows == 0) {
            throw new InputFormatException(src, 0, 0, "no row has the " + width + " fields of the header ("
                    + skipped.size() + " rows skipped); expected at least one");
        }
        return TextTable.ofCells(src, layout, columns, Arrays.copyOf(cells, rows * width),
                Arrays.copyOf(rowLines, rows), skipped, List.of());
    }

    /**
     * The column names: the header's (with {@code row.names} first when it is one field short), else {@code V1,
     * V2...} as many as the first row has fields.
     *
     * @throws InputFormatException when the header repeats a name
     */
    static List<String> columns(String src, CsvRecord first, LayoutDetection.Detected d) {
        List<String> columns = new ArrayList<>();
        if (d.header()) {
            columns.addAll(first.getFields());
            if (d.headerOneShort()) {
                columns.add(0, "row.names");
            }
            checkUnique(src, first.getStartingLineNumber(), columns, d.headerOneShort() ? 1 : 0);
        } else {
            for (int i = 1; i <= first.getFieldCount(); i++) {
                columns.add("V" + i);
            }
        }
        return columns;
    }

    static InputFormatException headerWithoutRows(String src, CsvRecord header) {
        return new InputFormatException(src, header.getStartingLineNumber(), 0,
                "a header without data rows; expected at least one row after the header");
    }

    /** Why a row of the wrong width is refused (or skipped). */
    static String widthProblem(CsvRecord rec, int width, LayoutDetection.Detected d) {
        int n = usedWidth(rec, width);
        return "found " + n + (n == 1 ? " field" : " fields") + "; expected " + width + " as the header has"
                + (d.header() ? "" : " (the first row)");
    }

    /** Fields up to the last non-empty one beyond {@code width}: spreadsheets leave empty trailing fields. */
    static int usedWidth(CsvRecord rec, int width) {
        int n = rec.getFieldCount();
        while (n > width && rec.getField(n - 1).isEmpty()) {
            n--;
        }
        return n;
    }

    private static List<CsvRecord> records(String src, InputText text, LayoutDetection.Detected d)
            throws InputFormatException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = builder(d).ofCsvRecord(text.text())) {
            for (CsvRecord rec : reader) {
                if (!isBlank(rec)) {
                    out.add(rec);
                }
            }
        } catch (CsvParseException e) {
            throw parseFailure(src, d, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** FastCSV set up for a detected layout; field counts are checked by the caller, to say what was expected. */
    static CsvReader.CsvReaderBuilder builder(LayoutDetection.Detected d) {
        CsvReader.CsvReaderBuilder b = CsvReader.builder().fieldSeparator(d.delimiter()).skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .detectBomHeader(false).allowUnclosedQuote(false);
        if (!d.quote().isEmpty()) {
            b.quoteCharacter(d.quote().charAt(0));
        } else {
            // FastCSV always has a quote character; one that cannot occur in decoded text turns quoting off.
            b.quoteCharacter('\uFFFF');
        }
        if (!d.commentPrefix().isEmpty()) {
            b.commentStrategy(CommentStrategy.SKIP).commentCharacter(d.commentPrefix().charAt(0));
        }
        return b;
    }

    /** A record of one blank field: a line of spaces, which is not a row. */
    static boolean isBlank(CsvRecord rec) {
        return rec.getFieldCount() == 1 && rec.getField(0).isBlank();
    }

    /** FastCSV's failure to split the text, located; a located failure of the text beneath it is passed on. */
    static InputFormatException parseFailure(String src, LayoutDetection.Detected d, CsvParseException e) {
        if (e.getCause() instanceof InputFormatException located) {
            return located;
        }
        String msg = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("starting at line (\\d+)").matcher(msg);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        return new InputFormatException(src, line, 0, msg.startsWith("Unclosed quoted field")
                ? "a quoted field opens here and is never closed; expected a closing " + d.quote()
                : "cannot be split into fields (" + msg + "); expected well-formed quoting", e);
    }

    private static void checkUnique(String src, long line, List<String> columns, int offset)
            throws InputFormatException {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Integer before = seen.putIfAbsent(columns.get(i), i);
            if (before != null) {
                throw new InputFormatException(src, line, i + 1 - offset, "duplicate column name '" + columns.get(i)
                        + "' (also column " + (before + 1 - offset) + "); expected unique column names");
            }
        }
    }
}
