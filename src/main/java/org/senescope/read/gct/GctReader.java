package org.senescope.read.gct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.read.matrix.MatrixReadResult;
import org.senescope.read.matrix.NonFiniteTally;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;
import org.senescope.read.InputText;
import org.senescope.read.NumberCells;
import org.senescope.read.TableLayout;
import org.senescope.model.data.ExpressionMatrix;
import java.io.InputStream;
import org.senescope.read.DataReader;
import org.senescope.read.DecimalBytes;

/**
 * Reads GCT 1.2 and 1.3 files. The dimensions line is checked against the header and the rows; row ids come from the
 * {@code Name} (1.2) or {@code id} (1.3) column and descriptions from {@code Description} (1.3: a row-metadata column
 * named {@code Description} or {@code desc}, else empty). Sample names are kept exactly, spaces and slashes included.
 * Missing values ({@code NA}, {@code NaN}, empty) become {@code NaN} and are counted. Trailing empty fields, as Excel
 * leaves them, are ignored. Blank lines are ignored.
 *
 * <p>Stateless and thread-safe. Every malformed line is an {@link InputFormatException} naming file, line and field.
 */
public final class GctReader implements DataReader<MatrixReadResult> {

    private final InputLimits limits;

    /** A reader with the default input limits. */
    public GctReader() {
        this(InputLimits.DEFAULT);
    }

    /** Heap a GCT read whole takes per byte of its text. */
    static final int HEAP_BYTES_PER_TEXT_BYTE = 5;

    /** A reader that holds the (decompressed) input to {@code limits}. */
    public GctReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The matrix of a GCT file, with the count of missing values and the layout found. */
    @Override
    public MatrixReadResult read(Path file) throws IOException {
        checkHeap(InputFile.displayName(file), InputFile.textBytes(file, limits), Runtime.getRuntime().maxMemory());
        return new Parse(InputText.read(file, limits)).run();
    }

    /**
     * Refuses, before reading it, a GCT whose text the heap cannot hold read whole, at {@link
     * #HEAP_BYTES_PER_TEXT_BYTE} (its bytes, its text, its lines and its values; measured: a 28 MB GCT of 20,000 x 200
     * values runs in a 140 MB heap and not in 128 MB): a message at once instead of an OutOfMemoryError.
     *
     * @throws InputFormatException when the text is too large for {@code heap}
     */
    static void checkHeap(String src, long textBytes, long heap) {
        if (textBytes * HEAP_BYTES_PER_TEXT_BYTE > heap) {
            throw new InputFormatException(src, 0, 0, String.format(Locale.ROOT, "%,d bytes of text; a GCT is read "
                    + "whole, at about %d bytes of heap a byte of text, so this one needs about %,d MB, more than the "
                    + "%,d MB Java heap; expected a smaller file (or a larger heap: java -Xmx)", textBytes,
                    HEAP_BYTES_PER_TEXT_BYTE, (textBytes * HEAP_BYTES_PER_TEXT_BYTE) >> 20, heap >> 20));
        }
    }

    /** The matrix of a GCT stream, with the count of missing values and the layout found. */
    @Override
    public MatrixReadResult read(InputStream in, String source) throws IOException {
        return new Parse(InputText.read(in, source, limits)).run();
    }

    /** One parse of one file; holds the position for messages. */
    private static final class Parse {
        private final InputText text;
        private final String src;
        private final List<String> lines;
        private int next;
        private final NonFiniteTally tally = new NonFiniteTally();
        private final RowCells cells = new RowCells();

        Parse(InputText text) {
            this.text = text;
            this.src = text.source();
            this.lines = text.lines();
        }

        MatrixReadResult run() throws InputFormatException {
            Dimensions dimensions = dimensions();
            boolean v13 = dimensions.v13();
            int dimsLine = dimensions.line();
            int rows = dimensions.rows();
            int samples = dimensions.samples();
            int rowMeta = dimensions.rowMeta();
            int colMeta = dimensions.colMeta();

            int width = 1 + rowMeta + samples;
            String[] header = fit(fields(nextLine("no header line; expected Name, Description and "
                    + samples + " sample names")), width);
            if (header.length != width) {
                throw error(0, "the header has " + (header.length - 1 - rowMeta) + " sample names but line "
                        + dimsLine + " declares " + samples + "; expected " + width + " fields");
            }
            List<String> sampleNames = List.of(header).subList(1 + rowMeta, width);
            checkUniqueSamples(sampleNames, 1 + rowMeta);
            int descColumn = descriptionColumn(header, v13, rowMeta);
            for (int m = 0; m < colMeta; m++) {
                checkWidth(fit(fields(nextLine("the file ends in the column metadata; expected " + colMeta
                        + " metadata lines")), width), width);
            }

            // Sized by the lines there are, not the count declared: a declared 266,666,666 rows in a 50-byte file
            // would otherwise exhaust the heap before the count is checked.
            int capacity = Math.min(rows, lines.size() - next);
            List<String> ids = new ArrayList<>(capacity);
            List<String> descriptions = new ArrayList<>(capacity);
            double[] values = new double[Math.multiplyExact(capacity, samples)];
            int r = 0;
            while (hasNextLine()) {
                String line = lines.get(next++);
                if (r == rows) {
                    throw error(0, "more data rows than the " + rows + " declared on line " + dimsLine
                            + "; expected " + rows);
                }
                row(line, new int[] {width, rowMeta, descColumn}, r * samples, values, ids, descriptions);
                r++;
            }
            if (r != rows) {
                throw new InputFormatException(src, dimsLine, 1, "declares " + rows + " rows but the file has " + r
                        + "; expected the row count to match");
            }
            List<String> notes = tally.report(ids);
            TableLayout layout = new TableLayout(v13 ? "gct 1.3" : "gct 1.2", '\t', true, '.', "", text.bom(),
                    text.lineEnding(), "", false, text.gzip(), text.charset());
            return new MatrixReadResult(ExpressionMatrix.adopting(ids, descriptions, sampleNames, values), layout,
                    tally.missing(), tally.infinite(), List.of(), notes);
        }

        /**
         * Reads one data row into {@code values} from {@code base}, its id and description into the lists; {@code
         * shape} is the width, the row metadata count and the description's field (-1: none).
         */
        private void row(String line, int[] shape, int base, double[] values, List<String> ids,
                List<String> descriptions) throws InputFormatException {
            int width = shape[0];
            int firstSample = 1 + shape[1];
            int descColumn = shape[2];
            boolean common = cells.split(line, width);
            String[] f = common ? new String[0] : fit(fields(line), width);
            if (!common) {
                checkWidth(f, width);
            }
            ids.add(common ? cells.field(0) : f[0]);
            descriptions.add(descColumn < 0 ? "" : common ? cells.field(descColumn) : f[descColumn]);
            for (int c = firstSample; c < width; c++) {
                double v = common ? cells.number(c) : DecimalBytes.NOT_HANDLED;
                values[base + c - firstSample] = DecimalBytes.handled(v) ? v
                        : value(common ? cells.field(c) : f[c], c + 1);
            }
        }

        /** The version line and the dimensions line after it. */
        private Dimensions dimensions() throws InputFormatException {
            String version = nextLine("empty file; expected a GCT file starting with the line #1.2 or #1.3");
            boolean v13 = switch (version.strip()) {
                case "#1.2" -> false;
                case "#1.3" -> true;
                default -> throw error(0, "found '" + NumberCells.abbreviate(version)
                        + "'; expected the GCT version line #1.2 or #1.3");
            };
            int expectedDims = v13 ? 4 : 2;
            String[] dims = fit(fields(nextLine("no dimensions line; expected 'rows<TAB>columns' on line 2")),
                    expectedDims);
            if (dims.length != expectedDims) {
                throw error(0, "found " + dims.length + " field" + (dims.length == 1 ? "" : "s")
                        + " on the dimensions line; expected " + (v13
                        ? "4: rows, columns, row metadata and column metadata counts" : "2: rows and columns"));
            }
            return new Dimensions(v13, next, count(dims, 0, "row count"), count(dims, 1, "column count"),
                    v13 ? count(dims, 2, "row metadata count") : 1, v13 ? count(dims, 3, "column metadata count") : 0);
        }

        private int descriptionColumn(String[] header, boolean v13, int rowMeta) {
            if (!v13) {
                return 1;
            }
            for (int i = 1; i <= rowMeta; i++) {
                String h = header[i].toLowerCase(Locale.ROOT);
                if (h.equals("description") || h.equals("desc")) {
                    return i;
                }
            }
            return -1;
        }

        private void checkUniqueSamples(List<String> names, int offset) throws InputFormatException {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Integer before = seen.putIfAbsent(names.get(i), i);
                if (before != null) {
                    throw error(offset + i + 1, "duplicate sample name '" + names.get(i) + "' (also field "
                            + (offset + before + 1) + "); expected unique sample names");
                }
            }
        }

        private double value(String cell, int column) throws InputFormatException {
            double v;
            try {
                v = NumberCells.parse(cell, '.');
            } catch (NumberFormatException e) {
                throw error(column, Objects.requireNonNullElse(e.getMessage(), "expected a number"));
            }
            return tally.admit(v);
        }

        private void checkWidth(String[] f, int width) throws InputFormatException {
            if (f.length != width) {
                throw error(0, "found " + f.length + " fields; expected " + width
                        + " (identifier, metadata and samples, as the header)");
            }
        }

        private int count(String[] dims, int i, String what) throws InputFormatException {
            try {
                int n = Integer.parseInt(dims[i].strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the field
            }
            throw error(i + 1, "found '" + NumberCells.abbreviate(dims[i]) + "'; expected the " + what
                    + " as a whole number");
        }

        private boolean hasNextLine() {
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            return next < lines.size();
        }

        private String nextLine(String whenMissing) throws InputFormatException {
            if (!hasNextLine()) {
                throw new InputFormatException(src, next == 0 ? 0 : next, 0, whenMissing);
            }
            return lines.get(next++);
        }

        private static String[] fields(String line) {
            return line.split("\t", -1);
        }

        /** The fields without the empty ones Excel leaves after the last column, down to {@code width}. */
        private static String[] fit(String[] f, int width) {
            int n = f.length;
            while (n > width && f[n - 1].isEmpty()) {
                n--;
            }
            return n == f.length ? f : Arrays.copyOf(f, n);
        }

        /** An error on the line just read. */
        private InputFormatException error(int column, String reason) {
            return new InputFormatException(src, next, column, reason);
        }
    }

    /**
     * What the first two lines declare.
     *
     * @param v13     whether the file is GCT 1.3 (else 1.2)
     * @param line    the 1-based line of the dimensions
     * @param rows    data rows
     * @param samples sample columns
     * @param rowMeta row metadata columns after the name (1.2: the description)
     * @param colMeta column metadata lines after the header
     */
    private record Dimensions(boolean v13, int line, int rows, int samples, int rowMeta, int colMeta) {
    }
}
