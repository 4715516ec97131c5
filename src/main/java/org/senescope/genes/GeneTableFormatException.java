package org.senescope.genes;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A gene or ortholog file that does not have the expected form. The message is one line,
 * {@code file:line:column: reason} (or {@code file:line: reason} where no single column is at fault), so that editors
 * and terminals can jump to the spot.
 */
public final class GeneTableFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    /** A fault in a whole line; {@code line} is 1-based. */
    public GeneTableFormatException(String file, long line, String reason) {
        this(file, line, 0, reason, null);
    }

    /** A fault in one field; {@code line} and {@code column} are 1-based. */
    public GeneTableFormatException(String file, long line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    /** A fault in a whole line caused by a lower-level I/O error, kept as the cause. */
    public GeneTableFormatException(String file, long line, String reason, Throwable cause) {
        this(file, line, 0, reason, cause);
    }

    private GeneTableFormatException(String file, long line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String format(String file, long line, int column, String reason) {
        return column > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ":" + line + ": " + reason;
    }

    /** The file name as given by the caller (a path or a resource name). */
    public String file() {
        return file;
    }

    /** The 1-based line at fault. */
    public long line() {
        return line;
    }

    /** The 1-based column (field) at fault, or empty when the whole line is. */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** What was wrong, without the location. */
    public String reason() {
        return reason;
    }
}
