package org.senescope.read.xlsx;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import org.senescope.failure.InputFormatException;

/**
 * The non-empty cells of one worksheet part as stored text, with the formula and date-formatted cells counted.
 *
 * @param rows the rows in sheet order, each with its 1-based row number and its cells by 0-based column
 */
record SheetCells(List<Row> rows, Finding formulas, Finding dates) {

    /** One sheet row. */
    record Row(long number, Map<Integer, String> cells) {
    }

    /** How many cells of a kind, and the first one, described. */
    record Finding(int count, long row, int column, String first) {
        static final Finding NONE = new Finding(0, 0, 0, "");

        Finding add(long r, int c, String description) {
            return count == 0 ? new Finding(1, r, c, description) : new Finding(count + 1, row, column, first);
        }
    }

    static SheetCells read(XlsxArchive zip, String src, String part, WorkbookParts wb) throws IOException {
        XMLStreamReader r = zip.xml(part);
        Scan scan = new Scan(src, wb);
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    scan.start(r);
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                    scan.endCell();
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                    scan.endRow();
                }
            }
        } catch (XMLStreamException e) {
            throw zip.malformed(part, e);
        } catch (NumberFormatException e) {
            throw new InputFormatException(src, 0, 0, "part " + part + " has a malformed row, column or style ("
                    + e.getMessage() + "); expected an intact xlsx workbook", e);
        }
        return new SheetCells(scan.rows, scan.formulas, scan.dates);
    }

    /** The state of one pass over a worksheet part: the rows so far, and the row and cell being read. */
    private static final class Scan {
        private final String src;
        private final WorkbookParts wb;
        private final List<Row> rows = new ArrayList<>();
        private Finding formulas = Finding.NONE;
        private Finding dates = Finding.NONE;
        private @Nullable Map<Integer, String> cells;
        private long rowNumber;
        private int col = -1;
        private String type = "";
        private int style;
        private @Nullable String formula;
        private @Nullable String value;
        private @Nullable StringBuilder inline;

        Scan(String src, WorkbookParts wb) {
            this.src = src;
            this.wb = wb;
        }

        void start(XMLStreamReader r) throws XMLStreamException {
            switch (r.getLocalName()) {
                case "row" -> {
                    String n = r.getAttributeValue(null, "r");
                    rowNumber = n == null ? rowNumber + 1 : Long.parseLong(n);
                    cells = new HashMap<>();
                    col = -1;
                }
                case "c" -> {
                    String ref = r.getAttributeValue(null, "r");
                    col = ref == null ? col + 1 : column(ref);
                    String t = r.getAttributeValue(null, "t");
                    type = t == null ? "n" : t;
                    String s = r.getAttributeValue(null, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = null;
                    value = null;
                    inline = null;
                }
                case "f" -> formula = r.getElementText();
                case "v" -> value = r.getElementText();
                case "is" -> inline = new StringBuilder();
                case "t" -> {
                    String t = r.getElementText();
                    if (inline != null) {
                        inline.append(t);
                    }
                }
                default -> { }
            }
        }

        void endCell() throws InputFormatException {
            Map<Integer, String> row = cells;
            if (row == null) {
                return;
            }
            String text = text(src, rowNumber, col, type, value, inline, wb);
            if (formula != null) {
                formulas = formulas.add(rowNumber, col, "formula cell " + reference(rowNumber, col) + " (="
                        + formula + "): " + (value == null ? "no cached value, read as empty"
                        : "its cached value '" + text + "' was used"));
            }
            boolean dateStyled = type.equals("n") && wb.dateStyles().get(style);
            if ((dateStyled && value != null) || type.equals("d")) {
                dates = dates.add(rowNumber, col, "date-formatted cell " + reference(rowNumber, col) + " '"
                        + text + "'" + shownAs(text, type, wb.date1904()) + " kept as stored");
            }
            if (!text.isEmpty()) {
                row.put(col, text);
            }
        }

        void endRow() {
            if (cells != null) {
                rows.add(new Row(rowNumber, Map.copyOf(cells)));
                cells = null;
            }
        }
    }

    private static String text(String src, long row, int col, String type, @Nullable String value,
                               @Nullable StringBuilder inline, WorkbookParts wb) throws InputFormatException {
        return switch (type) {
            case "s" -> {
                int i;
                try {
                    i = Integer.parseInt(value == null ? "" : value.strip());
                } catch (NumberFormatException e) {
                    i = -1;
                }
                if (i < 0 || i >= wb.strings().size()) {
                    throw new InputFormatException(src, row, col + 1, "cell " + reference(row, col)
                            + " refers to shared string " + value + " of " + wb.strings().size()
                            + "; expected an intact xlsx workbook");
                }
                yield wb.strings().get(i);
            }
            case "inlineStr" -> inline == null ? "" : inline.toString();
            case "b" -> value == null ? "" : value.strip().equals("1") ? "TRUE" : "FALSE";
            default -> value == null ? "" : value;
        };
    }

    /** How Excel would show a date serial, for the note. */
    private static String shownAs(String text, String type, boolean date1904) {
        if (type.equals("d")) {
            return "";
        }
        try {
            long days = (long) Math.floor(Double.parseDouble(text));
            LocalDate d;
            if (date1904) {
                d = LocalDate.of(1904, 1, 1).plusDays(days);
            } else if (days >= 61) {
                d = LocalDate.of(1899, 12, 30).plusDays(days);
            } else if (days == 60) {
                return " (shown by Excel as 1900-02-29)";
            } else {
                d = LocalDate.of(1899, 12, 31).plusDays(days);
            }
            return " (shown by Excel as " + d + ")";
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return "";
        }
    }

    /** 0-based column of an A1 reference. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (c > 16_384) {
                throw new NumberFormatException("column of " + ref + " beyond XFD");
            }
        }
        if (c == 0) {
            throw new NumberFormatException("cell reference " + ref);
        }
        return c - 1;
    }

    /** The A1 reference of a cell. */
    static String reference(long row, int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
            c = (c - 1) / 26;
        }
        return b.append(row).toString();
    }

    /** The notes for the table: the first formula and date cell, located, with the counts. */
    List<String> notes(String src) {
        List<String> notes = new ArrayList<>();
        if (formulas.count() > 0) {
            notes.add(src + ":" + formulas.row() + ":" + (formulas.column() + 1) + ": " + formulas.first() + "; "
                    + formulas.count() + " formula cell" + (formulas.count() == 1 ? "" : "s")
                    + " in all, read as their cached values");
        }
        if (dates.count() > 0) {
            notes.add(src + ":" + dates.row() + ":" + (dates.column() + 1) + ": " + dates.first() + "; "
                    + dates.count() + " date-formatted cell" + (dates.count() == 1 ? "" : "s") + " in all, kept as "
                    + "stored (if these were gene names, Excel turned them into dates, e.g. SEPT2 into 2-Sep)");
        }
        return List.copyOf(notes);
    }
}
