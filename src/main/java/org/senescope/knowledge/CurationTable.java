package org.senescope.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvRow;
import org.senescope.input.TsvSyntax;

/**
 * One curation TSV file read whole: a header naming exactly the expected columns (in any order), then rows. Lines
 * starting with {@code #} are comments and blank lines are skipped. Fields may be quoted as spreadsheets quote them.
 * Every problem is collected with its file, line and field number rather than stopping at the first.
 */
final class CurationTable {

    /** Curation files are small; anything larger is not a curation file. */
    static final long MAX_BYTES = 16L << 20;

    /** One data row: its line and its fields by column name. */
    record Row(long line, Map<String, String> fields) {
        /** The field of one of the table's expected columns (a row exists only when the header had them all). */
        String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' in this table");
            }
            return value;
        }
    }

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;

    private CurationTable(String file, List<String> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads the named file, adding to {@code problems} whatever is wrong with its header or rows; rows with the wrong
     * number of fields are left out. A missing or unreadable file is a problem too, and gives an empty table.
     */
    static CurationTable read(ResourceDirectory dir, String name, List<String> expected, List<CurationProblem> problems) {
        String file = dir.describe(name);
        Parse parse = new Parse(file, expected, problems);
        try (InputStream in = BoundedInput.capped(dir.open(name), MAX_BYTES, ReadFailures.sizeOnly())) {
            new TsvReader(file, TsvSyntax.SPREADSHEET, TsvReader.DEFAULT_MAX_LINE_CHARS).readRows(in, parse::add);
            return parse.table();
        } catch (NoSuchFileException e) {
            problems.add(new CurationProblem(file, 0, 0, "file not found"));
        } catch (InputFormatException e) {
            // A failed read is the file's problem as a whole; a bad line (too long, say) is that line's.
            problems.add(e.getCause() instanceof IOException
                    ? new CurationProblem(file, 0, 0, "cannot be read: " + e.reason())
                    : new CurationProblem(file, e.line(), e.column(), e.reason()));
        } catch (IOException e) {
            problems.add(new CurationProblem(file, 0, 0, "cannot be read: " + rootMessage(e)));
        }
        return new CurationTable(file, expected, List.of());
    }

    /** The state of one read: the header once seen, then the rows that fit it. */
    private static final class Parse {
        private final String file;
        private final List<String> expected;
        private final List<CurationProblem> problems;
        private final List<Row> rows = new ArrayList<>();
        private List<String> columns = List.of();
        private boolean headerSeen;
        private boolean headerGood;

        Parse(String file, List<String> expected, List<CurationProblem> problems) {
            this.file = file;
            this.expected = expected;
            this.problems = problems;
        }

        void add(TsvRow r) {
            if (!headerSeen) {
                headerSeen = true;
                columns = r.fields();
                headerGood = checkHeader(file, r.line(), columns, expected, problems);
            } else if (!headerGood) {
                return;
            } else if (r.fieldCount() != columns.size()) {
                problems.add(new CurationProblem(file, r.line(), 0,
                        TsvRow.wrongFieldCount(columns.size(), r.fieldCount())));
            } else {
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    fields.put(columns.get(i), r.field(i).strip());
                }
                rows.add(new Row(r.line(), fields));
            }
        }

        CurationTable table() {
            if (!headerSeen) {
                problems.add(new CurationProblem(file, 0, 0, "empty; expected a header: "
                        + String.join(", ", expected)));
            }
            return headerGood ? new CurationTable(file, columns, List.copyOf(rows))
                    : new CurationTable(file, expected, List.of());
        }
    }

    private static boolean checkHeader(String file, long line, List<String> columns, List<String> expected,
                                       List<CurationProblem> problems) {
        int before = problems.size();
        for (String want : expected) {
            if (!columns.contains(want)) {
                problems.add(new CurationProblem(file, line, 0, "missing column '" + want + "'; expected columns: "
                        + String.join(", ", expected)));
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            if (!expected.contains(c)) {
                problems.add(new CurationProblem(file, line, i + 1, "unknown column '" + c + "'; expected columns: "
                        + String.join(", ", expected)));
            } else if (columns.indexOf(c) != i) {
                problems.add(new CurationProblem(file, line, i + 1, "duplicate column '" + c + "'"));
            }
        }
        return problems.size() == before;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    /** A problem with one field of a row, located by the field's 1-based position in the header. */
    CurationProblem problem(Row row, String column, String message) {
        return new CurationProblem(file, row.line(), columns.indexOf(column) + 1, "column '" + column + "': " + message);
    }
}
