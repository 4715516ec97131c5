package org.senescope.read;

/** What a reader does with a data row it cannot use (wrong field count, text where a number belongs). */
public enum BadRowPolicy {
    /** Stop at the first bad row with an {@link org.senescope.failure.InputFormatException} naming it. */
    FAIL,
    /** Leave the row out and report it, with its line and reason, among the skipped lines. */
    SKIP
}
