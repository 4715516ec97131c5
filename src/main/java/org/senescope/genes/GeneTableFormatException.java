package org.senescope.genes;

import java.util.OptionalInt;
import org.senescope.input.TextFormatException;

/**
 * A gene or ortholog file that does not have the expected form. The message is one line,
 * {@code file:line:column: reason} (or {@code file:line: reason} where no single column is at fault), so that editors
 * and terminals can jump to the spot.
 */
public final class GeneTableFormatException extends TextFormatException {
    private static final long serialVersionUID = 1L;

    /** A fault in a whole line; {@code line} is 1-based. */
    public GeneTableFormatException(String file, long line, String reason) {
        super(file, line, 0, reason, null);
    }

    /** A fault in one field; {@code line} and {@code column} are 1-based. */
    public GeneTableFormatException(String file, long line, int column, String reason) {
        super(file, line, column, reason, null);
    }

    /** A fault in a whole line caused by a lower-level I/O error, kept as the cause. */
    public GeneTableFormatException(String file, long line, String reason, Throwable cause) {
        super(file, line, 0, reason, cause);
    }

    private GeneTableFormatException(TextFormatException e) {
        super(e.file(), e.line(), e.columnNumber(), e.reason(), e.getCause());
    }

    /** The same fault as {@code e}, with the same message, as this package's type. */
    static GeneTableFormatException of(TextFormatException e) {
        return new GeneTableFormatException(e);
    }

    /** The 1-based column (field) at fault, or empty when the whole line is. */
    public OptionalInt column() {
        int column = columnNumber();
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }
}
