package org.senescope.read;

/** The line endings found in a text input. */
public enum LineEnding {
    /** Unix {@code \n}. */
    LF,
    /** Windows {@code \r\n}. */
    CRLF,
    /** Classic Mac OS {@code \r} alone. */
    CR,
    /** More than one kind; each line is still split correctly. */
    MIXED,
    /** A single line without a line break. */
    NONE
}
