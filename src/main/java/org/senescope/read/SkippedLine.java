package org.senescope.read;

import java.util.Objects;

/**
 * An input line a reader left out under {@link BadRowPolicy#SKIP}, and why.
 *
 * @param line   1-based line in the source
 * @param reason what was wrong, in the words an error would have used
 */
public record SkippedLine(long line, String reason) {
    public SkippedLine {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
