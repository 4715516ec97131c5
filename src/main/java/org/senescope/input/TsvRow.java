package org.senescope.input;

import org.senescope.failure.InputFormatException;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a tab-separated file, with typed field access that fails with the row's file, line and column. Valid
 * only inside the {@link TsvReader.RowHandler} call that receives it or, once read, as a location for later errors.
 */
public final class TsvRow {
    private final String file;
    private final CsvRecord record;

    TsvRow(String file, CsvRecord record) {
        this.file = file;
        this.record = record;
    }

    /** The 1-based line the row starts on. */
    public long line() {
        return record.getStartingLineNumber();
    }

    public int fieldCount() {
        return record.getFieldCount();
    }

    /** The field at 0-based {@code index}, as written. */
    public String field(int index) {
        return record.getField(index);
    }

    /** All fields, as written. */
    public List<String> fields() {
        return record.getFields();
    }

    /** The field at 0-based {@code index}, which must not be empty. */
    public String required(int index, String what) throws InputFormatException {
        String value = field(index);
        if (value.isEmpty()) {
            throw error(index + 1, "expected " + what + ", found an empty field");
        }
        return value;
    }

    /** The field at 0-based {@code index} as a positive integer id, or empty when {@code optional} and blank. */
    public OptionalInt positiveInt(int index, String what, boolean optional) throws InputFormatException {
        String value = field(index);
        if (value.isEmpty() && optional) {
            return OptionalInt.empty();
        }
        Optional<Integer> parsed = parsePositive(value);
        if (parsed.isEmpty()) {
            throw error(index + 1, "expected " + what + " (a positive integer), found '" + value + "'");
        }
        return OptionalInt.of(parsed.get());
    }

    /** The field at 0-based {@code index} split on {@code |}, without empty parts. */
    public List<String> list(int index) {
        return splitList(field(index));
    }

    /** A fault in the field at 1-based {@code column} of this row. */
    public InputFormatException error(int column, String reason) {
        return new InputFormatException(file, line(), column, reason, null);
    }

    /** A fault in this row as a whole. */
    public InputFormatException lineError(String reason) {
        return new InputFormatException(file, line(), 0, reason, null);
    }

    /** The reason given for a row of {@code found} fields where {@code expected} were due. */
    public static String wrongFieldCount(int expected, int found) {
        return "expected " + expected + " tab-separated fields, found " + found;
    }

    // Without a regular expression: this runs for every field of 77,000 rows.
    private static List<String> splitList(String joined) {
        if (joined.isEmpty()) {
            return List.of();
        }
        int bar = joined.indexOf('|');
        if (bar < 0) {
            return List.of(joined);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (bar >= 0) {
            addPart(parts, joined.substring(start, bar));
            start = bar + 1;
            bar = joined.indexOf('|', start);
        }
        addPart(parts, joined.substring(start));
        return List.copyOf(parts);
    }

    private static void addPart(List<String> parts, String part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    private static Optional<Integer> parsePositive(String value) {
        if (value.isEmpty() || value.length() > 10) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        long parsed = Long.parseLong(value);
        return parsed > 0 && parsed <= Integer.MAX_VALUE ? Optional.of((int) parsed) : Optional.empty();
    }
}
