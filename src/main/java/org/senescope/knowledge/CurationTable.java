package org.senescope.knowledge;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        String get(String column) {
            return fields.get(column);
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
        try (InputStream in = new SizeLimitedInputStream(dir.open(name), MAX_BYTES);
             CsvReader<CsvRecord> reader = CsvReader.builder()
                     .fieldSeparator('\t')
                     .commentStrategy(CommentStrategy.SKIP)
                     .skipEmptyLines(true)
                     .allowExtraFields(true)
                     .allowMissingFields(true)
                     .detectBomHeader(true)
                     .ofCsvRecord(in, StandardCharsets.UTF_8)) {
            return parse(file, reader, expected, problems);
        } catch (NoSuchFileException e) {
            problems.add(new CurationProblem(file, 0, 0, "file not found"));
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            problems.add(new CurationProblem(file, 0, 0, "cannot be read: " + rootMessage(e)));
        }
        return new CurationTable(file, expected, List.of());
    }

    private static CurationTable parse(String file, CsvReader<CsvRecord> reader, List<String> expected,
                                       List<CurationProblem> problems) {
        var records = reader.iterator();
        if (!records.hasNext()) {
            problems.add(new CurationProblem(file, 0, 0, "empty; expected a header: " + String.join(", ", expected)));
            return new CurationTable(file, expected, List.of());
        }
        CsvRecord header = records.next();
        List<String> columns = header.getFields();
        if (!checkHeader(file, header.getStartingLineNumber(), columns, expected, problems)) {
            return new CurationTable(file, expected, List.of());
        }
        List<Row> rows = new ArrayList<>();
        while (records.hasNext()) {
            CsvRecord r = records.next();
            if (r.getFieldCount() != columns.size()) {
                problems.add(new CurationProblem(file, r.getStartingLineNumber(), 0,
                        "expected " + columns.size() + " tab-separated fields, found " + r.getFieldCount()));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                fields.put(columns.get(i), r.getField(i).strip());
            }
            rows.add(new Row(r.getStartingLineNumber(), fields));
        }
        return new CurationTable(file, columns, rows);
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
