package org.senescope.failure;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A file whose content is not in the form it should be, located as precisely as the reader can. The message is one
 * line, {@code file:line:column: reason}, where a {@code 0} line means the whole file and a {@code 0} column the whole
 * line (both are then left out), so that editors and terminals can jump to the spot. The reason says what was found
 * and what was expected.
 *
 * <p>For tables the column is the 1-based field number; for encoding errors it is the 1-based byte position in the
 * line (the reason says so). Immutable.
 */
public final class InputFormatException extends SenescopeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final int column;
    private final String reason;

    /**
     * @param file   the file as the user named it, or a resource name
     * @param line   1-based line, or 0 for the whole file
     * @param column 1-based column (field), or 0 for the whole line
     * @param reason what was found and what was expected
     */
    public InputFormatException(String file, long line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    /** Same, with the lower-level failure kept for {@code --debug} (the cause may be null). */
    public InputFormatException(String file, long line, int column, String reason,
                                @Nullable Throwable cause) {
        this(file, line, column, MessageFields.shortenLongRuns(Objects.requireNonNull(reason, "reason")), cause, true);
    }

    private InputFormatException(String file, long line, int column, String shortReason, @Nullable Throwable cause,
                                 boolean shortened) {
        super(located(file, line, column, shortReason), cause, shortened);
        this.file = Objects.requireNonNull(file, "file");
        this.line = Math.max(0, line);
        this.column = line <= 0 ? 0 : Math.max(0, column);
        this.reason = shortReason;
    }

    /**
     * The one-line form of a located problem, {@code file:line:column: reason}, leaving out a line or column that is
     * 0 (a column only shown with its line), for reports that collect problems rather than throw them. A long field
     * in the reason is shortened ({@link MessageFields}).
     */
    public static String message(String file, long line, int column, String reason) {
        return located(file, line, column, MessageFields.shortenLongRuns(reason));
    }

    private static String located(String file, long line, int column, String reason) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }

    /** The file name as given by the reader's caller (a path or a resource name). */
    public String file() {
        return file;
    }

    /** The 1-based line at fault, or 0 for the whole file. */
    public long line() {
        return line;
    }

    /** The 1-based column (field) at fault, or 0 when the whole line is. */
    public int column() {
        return column;
    }

    /** What was wrong, without the location. */
    public String reason() {
        return reason;
    }
}
