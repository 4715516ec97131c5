package org.senescope.input;

/** The two kinds of tab-separated text Senescope reads itself (user tables go through {@code io.table}). */
public enum TsvSyntax {
    /**
     * Machine-written tables: quotes have no meaning (an alias may start with an apostrophe) and every line is a row,
     * an empty line too (a row of one empty field), so that record and line numbers stay equal.
     */
    STRICT,
    /**
     * Hand-edited tables kept in spreadsheets: fields may be quoted as spreadsheets quote them, lines starting with
     * {@code #} are comments, and blank lines are skipped.
     */
    SPREADSHEET
}
