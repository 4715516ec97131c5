package org.senescope.read.tenx;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.senescope.failure.InputFormatException;
import org.senescope.read.TextLines;
import org.senescope.read.cells.CellMatrixBuilder;
import org.senescope.read.cells.MatrixEntries;

/**
 * The body of a MatrixMarket {@code coordinate} file as 10x writes it: the header ({@code integer} or {@code real},
 * {@code general}), comments, the size line, then exactly as many {@code row column value} lines as it declares,
 * 1-based, in any order. Blank lines are skipped. Not thread-safe; one per read.
 */
public final class MatrixMarketEntries {

    private static final Pattern BLANKS = Pattern.compile("[ \t]+");
    private static final String EXPECTED_HEADER = "\"%%MatrixMarket matrix coordinate integer general\" (or real)";

    private final TextLines lines;
    private final int rows;
    private final int columns;
    private final long heapBytes;
    private boolean integer;
    private long sizeLine;
    private long declared;

    /** Entries of {@code lines}, a matrix of {@code rows} genes by {@code columns} cells, within {@code heapBytes}. */
    public MatrixMarketEntries(TextLines lines, int rows, int columns, long heapBytes) {
        this.lines = lines;
        this.rows = rows;
        this.columns = columns;
        this.heapBytes = heapBytes;
    }

    /** Reads the header and size line, then every entry into a builder. */
    CellMatrixBuilder read(String featuresName, String barcodesName) throws IOException {
        sizes(featuresName, barcodesName);
        CellMatrixBuilder builder = CellMatrixBuilder.expecting(lines.source(), sizeLine, rows, columns, declared,
                heapBytes);
        entries(builder);
        return builder;
    }

    /**
     * Checks the header and size line as {@link TenxFolderReader#read} does, then hands every entry, in the file's
     * order, to {@code sink} ({@link MatrixEntries#build} is not called; the heap is not checked). For readers that
     * keep only part of a matrix at a time (the Spark module's converter).
     *
     * @throws InputFormatException naming the file, line and column of anything not in the format
     */
    public void stream(String featuresName, String barcodesName, MatrixEntries sink) throws IOException {
        sizes(featuresName, barcodesName);
        entries(sink);
    }

    private void sizes(String featuresName, String barcodesName) throws IOException {
        header();
        String[] size = fields(nextContentLine().orElseThrow(() -> fail(lines.number(), 0,
                "no size line; expected rows, columns and entries after the header")), "rows, columns and entries");
        sizeLine = lines.number();
        long r = whole(size[0], 1, "rows");
        long c = whole(size[1], 2, "columns");
        declared = whole(size[2], 3, "entries");
        if (r != rows) {
            throw fail(sizeLine, 1, r + " rows, but " + featuresName + " has " + rows
                    + " lines; expected one row per feature");
        }
        if (c != columns) {
            throw fail(sizeLine, 2, c + " columns, but " + barcodesName + " has " + columns
                    + " lines; expected one column per barcode");
        }
        if (declared > r * c) {
            throw fail(sizeLine, 3, declared + " entries in a " + r + " x " + c + " matrix; expected at most "
                    + r * c);
        }
    }

    private void header() throws IOException {
        String first = lines.next().orElseThrow(() -> fail(0, 0, "an empty file; expected a MatrixMarket header "
                + EXPECTED_HEADER));
        String[] h = BLANKS.split(first.trim(), -1);
        boolean ok = h.length == 5 && h[0].equals("%%MatrixMarket") && h[1].equalsIgnoreCase("matrix")
                && h[2].equalsIgnoreCase("coordinate") && h[4].equalsIgnoreCase("general")
                && (h[3].equalsIgnoreCase("integer") || h[3].equalsIgnoreCase("real"));
        if (!ok) {
            throw fail(1, 0, "header \"" + first + "\"; expected " + EXPECTED_HEADER);
        }
        integer = h[3].toLowerCase(Locale.ROOT).equals("integer");
    }

    private Optional<String> nextContentLine() throws IOException {
        Optional<String> line = lines.next();
        while (line.isPresent() && (line.get().isBlank() || line.get().startsWith("%"))) {
            line = lines.next();
        }
        return line;
    }

    private void entries(MatrixEntries builder) throws IOException {
        long read = 0;
        long lastRow = -1;
        long lastColumn = -1;
        long lastLine = 0;
        for (Optional<String> line = nextContentLine(); line.isPresent(); line = nextContentLine()) {
            long at = lines.number();
            if (++read > declared) {
                throw fail(at, 0, "entry " + read + ", more than the " + declared + " the size line (line "
                        + sizeLine + ") declares; expected " + declared + " entries");
            }
            String[] f = fields(line.get(), "row, column and value");
            long row = whole(f[0], 1, "row");
            long column = whole(f[1], 2, "column");
            if (row > rows || column > columns) {
                boolean r = row > rows;
                throw fail(at, r ? 1 : 2, (r ? "row " + row : "column " + column) + " out of range; expected 1 to "
                        + (r ? rows : columns) + ", as the size line (line " + sizeLine + ") declares");
            }
            if (row == lastRow && column == lastColumn) {
                throw fail(at, 0, "row " + row + ", column " + column + " again (line " + lastLine
                        + " gave it); expected one entry per row and column");
            }
            builder.add((int) row - 1, (int) column - 1, value(f[2]));
            lastRow = row;
            lastColumn = column;
            lastLine = at;
        }
        if (read < declared) {
            throw fail(lines.number(), 0, String.format("the file ends after %,d of the %,d entries the size line"
                    + " (line %d) declares; expected all of them (a truncated file?)", read, declared, sizeLine));
        }
    }

    private float value(String field) {
        if (integer) {
            return whole(field, 3, "value", 0);
        }
        double v;
        try {
            v = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) {
            throw fail(lines.number(), 3, "value \"" + field + "\"; expected a finite number");
        }
        return (float) v;
    }

    private String[] fields(String line, String expected) {
        String[] f = BLANKS.split(line.trim(), -1);
        if (f.length != 3) {
            throw fail(lines.number(), 0, f.length + (f.length == 1 ? " field" : " fields") + "; expected 3 ("
                    + expected + ")");
        }
        return f;
    }

    private long whole(String field, int column, String what) {
        return whole(field, column, what, 1);
    }

    /** A whole number of at most 18 digits, at least {@code min}. */
    private long whole(String field, int column, String what, long min) {
        boolean digits = !field.isEmpty() && field.length() <= 18;
        for (int i = 0; i < field.length() && digits; i++) {
            digits = field.charAt(i) >= '0' && field.charAt(i) <= '9';
        }
        if (!digits || Long.parseLong(field) < min) {
            throw fail(lines.number(), column, what + " \"" + field + "\"; expected a whole number"
                    + (min > 0 ? " from " + min : " (the header says integer)"));
        }
        return Long.parseLong(field);
    }

    private InputFormatException fail(long line, int column, String reason) {
        return new InputFormatException(lines.source(), line, column, reason);
    }
}
