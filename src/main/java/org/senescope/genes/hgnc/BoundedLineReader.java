package org.senescope.genes.hgnc;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Splits text into lines exactly as {@link java.io.BufferedReader#readLine()} does ({@code \n}, {@code \r} or
 * {@code \r\n} end a line), so that line numbers agree with what BioJava's parser sees, but refuses a line longer than
 * a cap instead of growing without bound. Not thread-safe.
 */
final class BoundedLineReader {
    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean skipNextNewline;

    BoundedLineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    int maxLineChars() {
        return maxLineChars;
    }

    /** The next line without its terminator, or empty at the end of the input. */
    Optional<String> readLine() throws IOException, LineTooLongException {
        StringBuilder line = new StringBuilder();
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAny ? Optional.of(line.toString()) : Optional.empty();
            }
            char c = buffer[position++];
            if (skipNextNewline) {
                skipNextNewline = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAny = true;
            if (c == '\n' || c == '\r') {
                skipNextNewline = c == '\r';
                return Optional.of(line.toString());
            }
            if (line.length() == maxLineChars) {
                throw new LineTooLongException();
            }
            line.append(c);
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Signals a line over the cap; the caller knows the line number and writes the message. */
    static final class LineTooLongException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
