package org.senescope.read.gmt;

import java.util.Objects;

/**
 * Something the reader changed while reading, so that nothing is dropped silently.
 *
 * @param line    1-based line of the file
 * @param setName the set concerned
 * @param kind    what was changed
 * @param detail  the repeated gene, or the line where the name was first used
 */
public record GmtNotice(long line, String setName, Kind kind, String detail) {

    /** What the reader changed. */
    public enum Kind {
        /** A gene listed more than once in one set; only its first listing is kept. */
        DUPLICATE_GENE,
        /** A set whose name an earlier line already used; the earlier set is kept and this line skipped. */
        DUPLICATE_SET_NAME
    }

    public GmtNotice {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for a report, e.g. {@code c2.gmt:12: set P53_UP lists TP53 more than once; kept once}. */
    public String describe(String source) {
        return switch (kind) {
            case DUPLICATE_GENE -> source + ":" + line + ": set " + setName + " lists " + detail
                    + " more than once; kept once";
            case DUPLICATE_SET_NAME -> source + ":" + line + ": set name " + setName + " was already used on line "
                    + detail + "; this line is skipped";
        };
    }
}
