package org.senescope.knowledge;

import java.util.Objects;

import org.senescope.failure.InputFormatException;

/**
 * One thing wrong with the curation or the seeds, located in its file.
 *
 * @param file    the file as the user knows it (a path, or the name of a bundled resource)
 * @param line    1-based line, or 0 when the problem is with the file as a whole
 * @param column  1-based field number within the line, or 0 when the problem is with the whole line
 * @param message what was found and what was expected
 */
public record CurationProblem(String file, long line, int column, String message) {
    public CurationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, omitting a line or column that is 0, as located exceptions read. */
    @Override
    public String toString() {
        return InputFormatException.message(file, line, column, message);
    }
}
