package org.senescope.read.gct;

import java.nio.charset.StandardCharsets;

import org.senescope.read.DecimalBytes;

/**
 * The fields of one GCT data row found without splitting the line into strings, and its numbers parsed straight from
 * the line's bytes: a 10,000 x 50 GCT is half a million cells, and a string and a byte copy per cell were most of the
 * time of a short command such as {@code senescope camera} in a cold JVM. Only the common line is taken this way:
 * exactly the expected number of fields and one byte per character; the caller reads any other line field by field
 * as before, so that every message and every value stays the same. Mutable, one per parse; not thread-safe.
 */
final class RowCells {

    private final DecimalBytes number = new DecimalBytes();
    /** Where field {@code i} starts; {@code starts[i + 1] - 1} is where it ends. */
    private int[] starts = new int[0];
    private byte[] bytes = new byte[0];
    private String line = "";

    /**
     * Finds the fields of {@code line}; false when it does not have exactly {@code width} tab-separated fields or a
     * character outside Latin-1 would make byte and character positions differ.
     */
    boolean split(String line, int width) {
        if (starts.length != width + 1) {
            starts = new int[width + 1];
        }
        int from = 0;
        for (int i = 0; i < width - 1; i++) {
            starts[i] = from;
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                return false;
            }
            from = tab + 1;
        }
        starts[width - 1] = from;
        if (line.indexOf('\t', from) >= 0) {
            return false;
        }
        starts[width] = line.length() + 1;
        this.line = line;
        bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length == line.length();
    }

    /** Field {@code i} of the line last split. */
    String field(int i) {
        return line.substring(starts[i], starts[i + 1] - 1);
    }

    /**
     * The number that is exactly field {@code i}, as {@link Double#parseDouble} reads it, or {@link
     * DecimalBytes#NOT_HANDLED} when the field is anything else (missing, infinite, text, or too long for the exact
     * fast path), which the caller then reads from {@link #field}.
     */
    double number(int i) {
        int end = starts[i + 1] - 1;
        double v = number.parseField(bytes, starts[i], bytes.length, (byte) '.', (byte) '\t');
        return DecimalBytes.handled(v) && number.end() == end ? v : DecimalBytes.NOT_HANDLED;
    }
}
