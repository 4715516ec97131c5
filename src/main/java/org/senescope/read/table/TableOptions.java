package org.senescope.read.table;

import org.senescope.read.InputLimits;
import org.senescope.read.BadRowPolicy;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read a table: every layout property is detected unless set here. String properties use {@link #DETECT}
 * (the empty string) for "detect"; {@link #NONE} turns quoting or comments off.
 *
 * @param delimiter     one character, or {@link #DETECT} (tab, semicolon, comma or pipe, whichever splits the first
 *                      lines consistently)
 * @param header        whether the first line is a header, or {@link Header#DETECT}
 * @param decimalMark   {@code .} or {@code ,}, or {@link #DETECT} (comma only when the delimiter is not a comma and
 *                      numbers are written {@code 1,5})
 * @param quote         one character, {@link #NONE}, or {@link #DETECT} ({@code "} is always honoured when detecting)
 * @param commentPrefix one character starting comment lines, {@link #NONE}, or {@link #DETECT} ({@code #})
 * @param encoding      a charset name, or {@link #DETECT} (a BOM, else UTF-8, strictly)
 * @param sheet         the xlsx sheet to read, or {@link #DETECT} for the first
 * @param badRows       what to do with a row of the wrong width
 * @param limits        size limits
 */
public record TableOptions(String delimiter, Header header, String decimalMark, String quote, String commentPrefix,
                           String encoding, String sheet, BadRowPolicy badRows, InputLimits limits) {

    /** The value of a string property that is to be detected. */
    public static final String DETECT = "";
    /** The value of {@code quote} or {@code commentPrefix} that turns the feature off. */
    public static final String NONE = "none";

    /** Whether the first line names the columns. */
    public enum Header { DETECT, PRESENT, ABSENT }

    public TableOptions {
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(decimalMark, "decimalMark");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(commentPrefix, "commentPrefix");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(badRows, "badRows");
        Objects.requireNonNull(limits, "limits");
        if (delimiter.length() > 1 || decimalMark.length() > 1
                || (quote.length() > 1 && !quote.equals(NONE))
                || (commentPrefix.length() > 1 && !commentPrefix.equals(NONE))) {
            throw new IllegalArgumentException("delimiter, decimal mark, quote and comment prefix are one character");
        }
        if (!decimalMark.isEmpty() && !decimalMark.equals(".") && !decimalMark.equals(",")) {
            throw new IllegalArgumentException("the decimal mark is '.' or ','");
        }
        if (!encoding.isEmpty()) {
            Charset.forName(encoding);
        }
    }

    /** Detect everything; fail on bad rows; default limits. */
    public static TableOptions defaults() {
        return new TableOptions(DETECT, Header.DETECT, DETECT, DETECT, DETECT, DETECT, DETECT, BadRowPolicy.FAIL,
                InputLimits.DEFAULT);
    }

    public TableOptions withDelimiter(char c) {
        return new TableOptions(String.valueOf(c), header, decimalMark, quote, commentPrefix, encoding, sheet,
                badRows, limits);
    }

    public TableOptions withHeader(boolean present) {
        return new TableOptions(delimiter, present ? Header.PRESENT : Header.ABSENT, decimalMark, quote,
                commentPrefix, encoding, sheet, badRows, limits);
    }

    public TableOptions withDecimalMark(char c) {
        return new TableOptions(delimiter, header, String.valueOf(c), quote, commentPrefix, encoding, sheet, badRows,
                limits);
    }

    /** A quote character, or {@link #NONE}. */
    public TableOptions withQuote(String q) {
        return new TableOptions(delimiter, header, decimalMark, q, commentPrefix, encoding, sheet, badRows, limits);
    }

    /** A one-character comment prefix, or {@link #NONE}. */
    public TableOptions withCommentPrefix(String prefix) {
        return new TableOptions(delimiter, header, decimalMark, quote, prefix, encoding, sheet, badRows, limits);
    }

    public TableOptions withEncoding(Charset charset) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, charset.name(), sheet, badRows,
                limits);
    }

    public TableOptions withSheet(String name) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding, name, badRows, limits);
    }

    public TableOptions withBadRows(BadRowPolicy policy) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding, sheet, policy, limits);
    }

    public TableOptions withLimits(InputLimits newLimits) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding, sheet, badRows,
                newLimits);
    }
}
