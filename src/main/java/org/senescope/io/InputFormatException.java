package org.senescope.io;

import java.io.IOException;
import java.util.Objects;

/**
 * An input file that cannot be read as the format it should be in, located as precisely as the reader can: the
 * message is one line, {@code file:line:column: reason}, where a {@code 0} line means the whole file and a {@code 0}
 * column the whole line (both are then left out). The reason says what was found and what was expected.
 *
 * <p>For tables the column is the 1-based field number; for encoding errors it is the 1-based byte position in the
 * line (the reason says so). Immutable.
 */
public final class InputFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    /**
     * @param file   the file as the user named it (never null)
     * @param line   1-based line, or 0 for the whole file
     * @param column 1-based column, or 0 for the whole line
     * @param reason what was found and what was expected (never null)
     */
    public InputFormatException(String file, long line, int column, String reason) {
        super(format(file, line, column, reason));
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.column = line <= 0 ? 0 : Math.max(0, column);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Same, with the low-level cause kept for debugging. */
    public InputFormatException(String file, long line, int column, String reason, Throwable cause) {
        this(file, line, column, reason);
        initCause(cause);
    }

    private static String format(String file, long line, int column, String reason) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
