package org.senescope.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.read.TextTable;
import org.senescope.model.data.ExpressionMatrix;

/**
 * A table of text cells as a reader gave it, the form the mapping works on: the source's name for messages, column
 * names, and each data row with its 1-based line in the source. Cells are never null (missing cells are empty).
 * Immutable after construction: the rows are copied in. Safe to share between threads.
 */
public final class InputTable {

    private final String source;
    private final List<String> columns;
    private final String[][] rows;
    private final long[] lines;
    private final char decimalMark;

    /** A table whose numbers use {@code .} as the decimal mark; see the full constructor. */
    public InputTable(String source, List<String> columns, List<List<String>> rows, long[] lines) {
        this(source, columns, rows, lines, '.');
    }

    /**
     * @param source  the file as the user named it
     * @param columns column names, in order
     * @param rows    one list of cells per data row, each as long as {@code columns} (shorter rows are padded with
     *                empty cells, which a reader should have refused already)
     * @param lines   the 1-based source line of each row
     * @param decimalMark the decimal mark of the numbers, {@code .} or {@code ,}
     */
    public InputTable(String source, List<String> columns, List<List<String>> rows, long[] lines, char decimalMark) {
        this.source = Objects.requireNonNull(source, "source");
        this.columns = List.copyOf(columns);
        if (lines.length != rows.size()) {
            throw new IllegalArgumentException("one line number per row is needed");
        }
        this.rows = new String[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String[] cells = new String[this.columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = c < row.size() ? Objects.requireNonNull(row.get(c), "cell") : "";
            }
            this.rows[r] = cells;
        }
        this.lines = lines.clone();
        this.decimalMark = decimalMark;
    }

    private InputTable(String source, List<String> columns, String[][] rows, long[] lines, char decimalMark) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.lines = lines;
        this.decimalMark = decimalMark;
    }

    /** The cells of a table read by {@link org.senescope.read.table.DelimitedTableReader} (or the xlsx reader). */
    public static InputTable of(TextTable table) {
        int width = table.columns().size();
        String[][] rows = new String[table.rowCount()][width];
        long[] lines = new long[table.rowCount()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < width; c++) {
                rows[r][c] = table.cell(r, c);
            }
            lines[r] = table.line(r);
        }
        return new InputTable(table.source(), table.columns(), rows, lines, table.layout().decimalMark());
    }

    /**
     * An expression matrix as a table: identifiers in a first column {@code NAME}, then one column per sample.
     * {@code firstDataLine} is the source line of the first row (4 in a GCT file); rows are taken as consecutive.
     */
    public static InputTable of(String source, ExpressionMatrix matrix, long firstDataLine) {
        List<String> columns = new ArrayList<>();
        columns.add("NAME");
        columns.addAll(matrix.sampleNames());
        String[][] rows = new String[matrix.rowCount()][columns.size()];
        long[] lines = new long[matrix.rowCount()];
        for (int r = 0; r < rows.length; r++) {
            rows[r][0] = matrix.rowIds().get(r);
            for (int s = 0; s < matrix.sampleCount(); s++) {
                double v = matrix.value(r, s);
                rows[r][s + 1] = Double.isNaN(v) ? "NA" : Double.toString(v);
            }
            lines[r] = firstDataLine + r;
        }
        return new InputTable(source, columns, rows, lines, '.');
    }

    /** The decimal mark of the table's numbers. */
    public char decimalMark() {
        return decimalMark;
    }

    public String source() {
        return source;
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.length;
    }

    public String cell(int row, int column) {
        return rows[row][column];
    }

    /** A data row's cells, not copied: package use only, never to be changed. */
    String[] row(int row) {
        return rows[row];
    }

    /** The 1-based source line of a data row. */
    public long line(int row) {
        return lines[row];
    }

    /** The 1-based source line of the header: the line before the first data row, or 1 for a table without rows. */
    public long headerLine() {
        return rows.length == 0 ? 1 : Math.max(1, lines[0] - 1);
    }

    /** The index of the column named exactly {@code name}, or -1. */
    public int columnIndex(String name) {
        return columns.indexOf(name);
    }
}
