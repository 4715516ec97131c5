package org.senescope.read.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;
import org.senescope.read.LineEnding;
import org.senescope.read.TableLayout;
import org.senescope.read.TextTable;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.senescope.read.DataReader;

/**
 * Reads one sheet of an xlsx workbook as a {@link TextTable}: the first non-empty row names the columns, and every
 * cell is the text the file stores (shared and inline strings as written, numbers as their stored digits, booleans as
 * {@code TRUE}/{@code FALSE}, errors such as {@code #N/A} as written), so a gene name is never turned into a date or a
 * number. Row numbers serve as line numbers.
 *
 * <p>Formula cells: the value Excel cached is used, and a note reports the first such cell and the count.
 * Date-formatted numbers: the stored serial is kept (not a date, so {@code 2-Sep} damage stays detectable), and a note
 * reports the first and the count. Both notes are in {@link TextTable#notes()}.
 *
 * <p>Stateless and thread-safe. Bad input is an {@link InputFormatException}: a file that is not an xlsx, a sheet
 * that does not exist, an empty sheet, a header without rows, duplicate column names, a cell so far beyond the others
 * that the table's grid would be mostly padding, a DTD (XXE), or a part over the size or compression-ratio limits
 * (zip bomb).
 */
public final class XlsxReader implements DataReader<TextTable> {

    /** Rows times columns above which a sheet is refused: a sparse sheet can claim XFD1048576 cheaply. */
    private static final long MAX_CELLS = 50_000_000L;
    /** Grid cells (rows times columns) a sheet may have whatever its filled cells: 1,000,000, about 8 MB of grid. */
    private static final long MAX_PADDED_CELLS = 1_000_000L;
    /** Grid cells a larger sheet may have per filled cell: a real table is mostly filled. */
    private static final long MAX_PADDING = 10;

    private final InputLimits limits;
    private final SheetChoice sheet;

    /** A reader of the first sheet, with the default input limits. */
    public XlsxReader() {
        this(InputLimits.DEFAULT, new SheetChoice.First());
    }

    /** A reader of {@code sheet} that holds the workbook's parts to {@code limits}. */
    public XlsxReader(InputLimits limits, SheetChoice sheet) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.sheet = Objects.requireNonNull(sheet, "sheet");
    }

    /** The sheet names, in workbook order. */
    public List<String> sheetNames(Path file) throws IOException {
        String src = InputFile.displayName(file);
        try (XlsxArchive zip = new XlsxArchive(file, src, limits)) {
            return List.copyOf(WorkbookParts.read(zip, src).sheets().keySet());
        }
    }

    /** Reads the reader's sheet of the workbook {@code file}. */
    @Override
    public TextTable read(Path file) throws IOException {
        return read(file, InputFile.displayName(file));
    }

    /**
     * Reads the reader's sheet of the workbook in {@code in}. A workbook is a zip archive, read by random access, so
     * the stream is first copied to a temporary file (at most the input limit's bytes), deleted afterwards.
     */
    @Override
    public TextTable read(InputStream in, String source) throws IOException {
        Path copy = Files.createTempFile("senescope-", ".xlsx");
        try {
            copyAtMost(in, copy, source);
            return read(copy, source);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Copies {@code in} to {@code copy}, refusing it once it is longer than the input limit. */
    private void copyAtMost(InputStream in, Path copy, String source) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw new InputFormatException(source, 0, 0, "has more than " + limits.maxBytes()
                            + " bytes, the input size limit; expected a smaller file");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private TextTable read(Path file, String src) throws IOException {
        String sheetName = sheet instanceof SheetChoice.Named named ? named.name() : "";
        try (XlsxArchive zip = new XlsxArchive(file, src, limits)) {
            WorkbookParts parts = WorkbookParts.read(zip, src);
            if (parts.sheets().isEmpty()) {
                throw new InputFormatException(src, 0, 0, "has no worksheets; expected at least one sheet");
            }
            String name = sheetName.isEmpty() ? parts.sheets().keySet().iterator().next() : sheetName;
            String part = parts.sheets().get(name);
            if (part == null) {
                throw new InputFormatException(src, 0, 0, "has no sheet named '" + sheetName + "'; its sheets are "
                        + List.copyOf(parts.sheets().keySet()));
            }
            SheetCells sheet = SheetCells.read(zip, src, part, parts);
            return table(src, name, sheet);
        }
    }

    /**
     * The table's width: one past the farthest filled column. Rows are stored sparsely but the table is a full grid,
     * so a far-off cell would pad every row: refused when the grid exceeds {@value #MAX_PADDED_CELLS} cells and
     * {@value #MAX_PADDING} times the filled cells, naming the cell that set the width, and above {@link #MAX_CELLS}
     * in any case.
     */
    private static int width(String src, String sheetName, List<SheetCells.Row> rows) throws InputFormatException {
        int width = 0;
        long widestRow = 0;
        long filled = 0;
        for (SheetCells.Row r : rows) {
            filled += r.cells().size();
            int end = r.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            if (end > width) {
                width = end;
                widestRow = r.number();
            }
        }
        long grid = (long) width * rows.size();
        String size = rows.size() + " rows x " + width + " columns";
        if (grid > MAX_PADDED_CELLS && grid > MAX_PADDING * filled) {
            throw new InputFormatException(src, widestRow, width, "sheet '" + sheetName + "' cell "
                    + SheetCells.reference(widestRow, width - 1) + " makes the table a grid of " + size + " ("
                    + grid + " cells) for " + filled + " filled cells; expected no cells far beyond the table "
                    + "(delete them in Excel)");
        }
        if (grid > MAX_CELLS) {
            throw new InputFormatException(src, 0, 0, "sheet '" + sheetName + "' spans " + size + ", more than "
                    + MAX_CELLS + " cells; expected a smaller sheet");
        }
        return width;
    }

    private static TextTable table(String src, String sheetName, SheetCells sheet) throws InputFormatException {
        List<SheetCells.Row> rows = sheet.rows().stream().filter(r -> !r.cells().isEmpty()).toList();
        if (rows.isEmpty()) {
            throw new InputFormatException(src, 0, 0, "sheet '" + sheetName + "' is empty; expected a header row "
                    + "and data rows");
        }
        int width = width(src, sheetName, rows);
        SheetCells.Row head = rows.get(0);
        List<String> columns = new ArrayList<>(width);
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < width; c++) {
            String name = head.cells().getOrDefault(c, "");
            if (name.isEmpty()) {
                name = "V" + (c + 1);
            }
            Integer before = seen.putIfAbsent(name, c);
            if (before != null) {
                throw new InputFormatException(src, head.number(), c + 1, "duplicate column name '" + name
                        + "' (also column " + (before + 1) + ", " + SheetCells.reference(head.number(), before)
                        + "); expected unique column names");
            }
            columns.add(name);
        }
        if (rows.size() == 1) {
            throw new InputFormatException(src, head.number(), 0, "sheet '" + sheetName + "' has a header without "
                    + "data rows; expected at least one row after the header");
        }
        List<List<String>> data = new ArrayList<>(rows.size() - 1);
        List<Long> lines = new ArrayList<>(rows.size() - 1);
        for (SheetCells.Row r : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(r.cells().getOrDefault(c, ""));
            }
            data.add(cells);
            lines.add(r.number());
        }
        TableLayout layout = new TableLayout("xlsx", '\t', true, '.', "", false, LineEnding.NONE, "", false, false,
                StandardCharsets.UTF_8);
        return TextTable.of(src, layout, columns, data, lines, List.of(), sheet.notes(src));
    }
}
