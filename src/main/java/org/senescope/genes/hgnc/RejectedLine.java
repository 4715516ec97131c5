package org.senescope.genes.hgnc;

import java.util.Objects;

/**
 * A data line of an HGNC file that was not read as a gene.
 *
 * @param file       the file name as given to the reader
 * @param lineNumber 1-based line number in the file (the header is line 1)
 * @param fieldCount how many tab-separated fields the line yields under the parser's rule, which drops trailing empty
 *                   fields
 * @param reason     why it was rejected, e.g. {@code expected 13 tab-separated fields, found 12}
 */
public record RejectedLine(String file, long lineNumber, int fieldCount, String reason) {
    public RejectedLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code file:line: reason}, the form of an error message. */
    @Override
    public String toString() {
        return file + ":" + lineNumber + ": " + reason;
    }
}
