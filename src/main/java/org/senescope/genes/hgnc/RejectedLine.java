package org.senescope.genes.hgnc;

import java.util.Objects;
import org.senescope.failure.InputFormatException;

/**
 * A data line of an HGNC file that was not read as a gene.
 *
 * @param file       the file name as given to the reader
 * @param lineNumber 1-based line number in the file (the header is line 1)
 * @param column     the 1-based field at fault, or 0 when the line as a whole is (a wrong number of fields)
 * @param fieldCount how many tab-separated fields the line has, as written (an empty line has 1)
 * @param reason     why it was rejected, e.g. {@code expected 13 tab-separated fields, found 12}
 */
public record RejectedLine(String file, long lineNumber, int column, int fieldCount, String reason) {
    public RejectedLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code file:line[:column]: reason}, the form of an {@link InputFormatException}'s message. */
    @Override
    public String toString() {
        return InputFormatException.message(file, lineNumber, column, reason);
    }
}
