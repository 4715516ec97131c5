package org.senescope.read;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.senescope.failure.InputFormatException;

/**
 * A table read as text: column names, then cells exactly as the file holds them (nothing is trimmed, converted or
 * re-interpreted, so {@code MARCH1} stays {@code MARCH1}), each row with its line in the source. Rows left out under
 * {@link BadRowPolicy#SKIP} are listed in {@link #skipped()}; comment and blank lines are not rows and are not listed.
 *
 * <p>Immutable and thread-safe. Indexes are 0-based; {@link #line(int)} is 1-based like an editor's.
 */
public final class TextTable {

    private final String source;
    private final TableLayout layout;
    private final List<String> columns;
    private final String[] cells;
    private final long[] lines;
    private final List<SkippedLine> skipped;
    private final List<String> notes;

    /**
     * @param source  the file as the user named it
     * @param layout  how it was laid out
     * @param columns the column names (generated {@code V1, V2...} when there is no header)
     * @param cells   row-major cells, {@code lines.length * columns.size()} of them; taken, not copied
     * @param lines   the source line of each row; taken, not copied
     * @param skipped rows left out, with why
     * @param notes   what else the user should know (formula cells, date-formatted cells...)
     */
    private TextTable(String source, TableLayout layout, List<String> columns, String[] cells, long[] lines,
                      List<SkippedLine> skipped, List<String> notes) {
        this.source = Objects.requireNonNull(source, "source");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.lines = lines;
        this.skipped = List.copyOf(skipped);
        this.notes = List.copyOf(notes);
        if ((long) lines.length * this.columns.size() != cells.length) {
            throw new IllegalArgumentException("cells do not fill " + lines.length + " rows of "
                    + this.columns.size());
        }
    }

    /**
     * Builds a table from row-major cells, for readers that split rows themselves; the arrays are taken, not copied,
     * so the caller must not change them afterwards.
     */
    public static TextTable ofCells(String source, TableLayout layout, List<String> columns, String[] cells,
                                    long[] lines, List<SkippedLine> skipped, List<String> notes) {
        return new TextTable(source, layout, columns, cells, lines, skipped, notes);
    }

    /** Builds a table from rows already split, for readers of other formats (xlsx). */
    public static TextTable of(String source, TableLayout layout, List<String> columns, List<List<String>> rows,
                               List<Long> lines, List<SkippedLine> skipped, List<String> notes) {
        int width = columns.size();
        String[] cells = new String[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != width) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " cells, not " + width);
            }
            for (int c = 0; c < width; c++) {
                cells[r * width + c] = Objects.requireNonNull(row.get(c), "cell");
            }
        }
        return new TextTable(source, layout, columns, cells, lines.stream().mapToLong(Long::longValue).toArray(),
                skipped, notes);
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    public TableLayout layout() {
        return layout;
    }

    public List<String> columns() {
        return columns;
    }

    /** The index of the column with this exact name. */
    public OptionalInt findColumn(String name) {
        int i = columns.indexOf(name);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public int rowCount() {
        return lines.length;
    }

    public String cell(int row, int column) {
        Objects.checkIndex(column, columns.size());
        return cells[row * columns.size() + column];
    }

    /** One column's cells, top to bottom. */
    public List<String> column(int column) {
        Objects.checkIndex(column, columns.size());
        String[] c = new String[lines.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = cells[r * columns.size() + column];
        }
        return List.of(c);
    }

    /** The 1-based source line of a row (for xlsx, the sheet's row number). */
    public long line(int row) {
        return lines[row];
    }

    /** Rows left out under {@link BadRowPolicy#SKIP}, in file order. */
    public List<SkippedLine> skipped() {
        return skipped;
    }

    /**
     * Warnings about cells that were read but may not be what the user meant, one line each, located like error
     * messages ({@code file:line:column: ...}); empty for most tables.
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * A cell read as a number with the table's decimal mark: {@code NaN} for the missing spellings of
     * {@link NumberCells}, an infinity for {@code Inf}.
     *
     * @throws InputFormatException naming the cell's line and column when it holds text
     */
    public double number(int row, int column) throws InputFormatException {
        try {
            return NumberCells.parse(cell(row, column), layout.decimalMark());
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, line(row), column + 1, e.getMessage() + " in column '"
                    + columns.get(column) + "'");
        }
    }

    /** Column names for a message: the first twelve, quoted, and how many more there are. */
    public static String quotedNames(List<String> names) {
        List<String> q = names.stream().limit(12).map(n -> "'" + n + "'").toList();
        return String.join(", ", q) + (names.size() > 12 ? " and " + (names.size() - 12) + " more" : "");
    }
}
