package org.senescope.io;

import org.senescope.input.TextFormatException;

/**
 * An input file that cannot be read as the format it should be in, located as precisely as the reader can: the
 * message is one line, {@code file:line:column: reason}, where a {@code 0} line means the whole file and a {@code 0}
 * column the whole line (both are then left out). The reason says what was found and what was expected.
 *
 * <p>For tables the column is the 1-based field number; for encoding errors it is the 1-based byte position in the
 * line (the reason says so). Immutable.
 */
public final class InputFormatException extends TextFormatException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file   the file as the user named it (never null)
     * @param line   1-based line, or 0 for the whole file
     * @param column 1-based column, or 0 for the whole line
     * @param reason what was found and what was expected (never null)
     */
    public InputFormatException(String file, long line, int column, String reason) {
        super(file, line, column, reason, null);
    }

    /** Same, with the low-level cause kept for debugging. */
    public InputFormatException(String file, long line, int column, String reason, Throwable cause) {
        super(file, line, column, reason, cause);
    }

    /** The 1-based column, or 0 for the whole line. */
    public int column() {
        return columnNumber();
    }
}
