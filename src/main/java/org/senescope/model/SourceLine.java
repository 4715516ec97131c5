package org.senescope.model;

import java.util.Objects;

/** Where a curated record was written: a file name and a 1-based line, shown as {@code file:line}. */
public record SourceLine(String file, long line) {
    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
