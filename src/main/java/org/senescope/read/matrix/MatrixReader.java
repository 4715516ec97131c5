package org.senescope.read.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.failure.InputFormatException;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputText;
import org.senescope.read.table.LayoutDetection;
import org.senescope.read.TableLayout;
import org.senescope.read.table.TableOptions;
import org.senescope.read.TextTable;
import org.senescope.model.data.ExpressionMatrix;
import java.util.Objects;
import org.senescope.read.DataReader;

/**
 * Reads a genes × samples matrix: identifiers in the first column (R's row names when the header is one field
 * short), an optional column named {@code Description}, then one numeric column per sample. Layout is detected from
 * the first lines as for {@link DelimitedTableReader} and can be overridden by {@link TableOptions}.
 *
 * <p>UTF-8 text (plain or gzip) is scanned as bytes straight into a {@code double[]}: no String per cell, each number
 * the double {@link Double#parseDouble} would give. The values go into one array sized from the file size and the
 * mean line length of the first megabyte, which the {@link ExpressionMatrix} adopts; peak memory is then the values
 * plus at most 1/16 unused, and a read buffer of 1 MB (or the longest line). When that estimate is short, or the
 * input is compressed, rows go on in 8 MB blocks and are copied once into an exact array (peak: twice the values).
 * Other encodings and xlsx take the slower route through {@link TextTable}.
 *
 * <p>Missing values ({@code NA}, {@code NaN}, empty...) and infinite ones become {@code NaN} and are counted in the
 * {@link MatrixReadResult}. Stateless and thread-safe; bad input is an {@link InputFormatException} with file, line
 * and column.
 */
public final class MatrixReader implements DataReader<MatrixReadResult> {

    private static final int BUFFER = 1 << 20;
    /** The most read for layout detection, and the longest line accepted (64 MiB: 5 million samples or so). */
    private static final int MAX_SAMPLE = 64 << 20;

    private final TableOptions options;

    /** A reader that detects everything. */
    public MatrixReader() {
        this(TableOptions.defaults());
    }

    /** A reader for which {@code options} fix what is otherwise detected. */
    public MatrixReader(TableOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The matrix in {@code in}, with the layout found and what was counted and skipped. A stream takes the table
     * route (its whole text in memory, then parsed as a table): the byte scan of a file sizes its arrays from the
     * file's length, which a stream does not have.
     */
    @Override
    public MatrixReadResult read(InputStream in, String source) throws IOException {
        return fromTable(new DelimitedTableReader(options).read(in, source));
    }

    /** The matrix in {@code file}, with the layout found and what was counted and skipped. */
    @Override
    public MatrixReadResult read(Path file) throws IOException {
        boolean utf8 = !(options.encoding() instanceof TableOptions.EncodingChoice.Given given)
                || given.charset().equals(StandardCharsets.UTF_8);
        if (InputFile.isZip(file) || !utf8) {
            return fromTable(new DelimitedTableReader(options).read(file));
        }
        String src = InputFile.displayName(file);
        boolean gzip = InputFile.isGzip(file);
        try (InputStream in = InputFile.open(file, options.limits())) {
            ByteBlocks lines = new ByteBlocks(in, src, BUFFER, MAX_SAMPLE);
            byte[] head = sample(lines);
            if (head.length >= 2 && ((head[0] & 0xff) == 0xFF || (head[0] & 0xff) == 0xFE)) {
                return fromTable(new DelimitedTableReader(options).read(file));
            }
            InputText text = InputText.of(src, head, gzip);
            LayoutDetection.Detected d = LayoutDetection.detect(text.lines(), options);
            if (text.bom()) {
                lines.skip(3);
            }
            long bytes = gzip ? 0 : Files.size(file);
            MatrixScan scan = new MatrixScan(src, d, options.badRows(), gzip ? 0 : expectedRows(bytes, text, d), bytes,
                    Runtime.getRuntime().maxMemory());
            scan.scan(lines);
            TableLayout layout = new TableLayout("delimited", d.delimiter(), d.header(), d.decimalMark(), d.quote(),
                    text.bom(), text.lineEnding(), d.commentPrefix(), d.headerOneShort(), gzip, StandardCharsets.UTF_8);
            ExpressionMatrix m = ExpressionMatrix.adoptingPrefix(scan.ids(), scan.descriptions(), scan.samples(),
                    scan.values());
            return new MatrixReadResult(m, layout, scan.tally().missing(), scan.tally().infinite(), scan.skipped(),
                    scan.tally().report(scan.ids()));
        }
    }

    /**
     * Rows to size the values for: the file size over the mean length of the sample's data lines, 2% and 16 rows
     * more, so that the estimate is rarely short (rows beyond it cost a copy at the end) and little memory goes
     * unused; 0 (unknown) without a data line. Comment and blank lines are left out of the mean, so that a block of
     * short comments cannot make the estimate, and the array, many times too large.
     */
    private static int expectedRows(long bytes, InputText text, LayoutDetection.Detected layout) {
        String commentPrefix = layout.commentPrefix();
        long dataBytes = 0;
        int dataLines = 0;
        boolean header = layout.header();
        for (String line : text.lines()) {
            if (line.isBlank() || (!commentPrefix.isEmpty() && line.startsWith(commentPrefix))) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            dataBytes += line.length() + 1;
            dataLines++;
        }
        if (dataLines == 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2.0, bytes / ((double) dataBytes / dataLines) * 1.02 + 16);
    }

    /** The first block of the file, cut after its last complete line, for layout detection. */
    private static byte[] sample(ByteBlocks lines) throws IOException {
        for (int size = BUFFER; ; size *= 4) {
            byte[] head = lines.peek(size);
            if (head.length < size) {
                return head;
            }
            for (int i = head.length - 1; i >= 0; i--) {
                if (head[i] == '\n') {
                    return java.util.Arrays.copyOf(head, i + 1);
                }
            }
            if (size >= MAX_SAMPLE) {
                return head;
            }
        }
    }

    /** The slow route: a table read as text, then converted. */
    static MatrixReadResult fromTable(TextTable t) throws InputFormatException {
        int first = 1;
        if (t.columns().size() > 2) {
            String second = t.columns().get(1).toLowerCase(Locale.ROOT);
            first = second.equals("description") || second.equals("desc") ? 2 : 1;
        }
        if (t.columns().size() <= first) {
            throw new InputFormatException(t.source(), 0, 0, "found only " + t.columns().size() + " column"
                    + (t.columns().size() == 1 ? "" : "s") + "; expected an identifier column and at least one "
                    + "sample column");
        }
        List<String> samples = t.columns().subList(first, t.columns().size());
        List<String> ids = new ArrayList<>(t.rowCount());
        List<String> descriptions = new ArrayList<>(t.rowCount());
        double[] values = new double[t.rowCount() * samples.size()];
        NonFiniteTally tally = new NonFiniteTally();
        for (int r = 0; r < t.rowCount(); r++) {
            ids.add(t.cell(r, 0));
            descriptions.add(first == 2 ? t.cell(r, 1) : "");
            for (int s = 0; s < samples.size(); s++) {
                values[r * samples.size() + s] = tally.admit(t.number(r, first + s));
            }
        }
        List<String> notes = new ArrayList<>(tally.report(ids));
        notes.addAll(t.notes());
        return new MatrixReadResult(new ExpressionMatrix(ids, descriptions, samples, values), t.layout(),
                tally.missing(), tally.infinite(), t.skipped(), notes);
    }
}
