package org.senescope.read.table;

import org.senescope.read.InputLimits;
import org.senescope.read.BadRowPolicy;

import java.nio.charset.Charset;
import java.util.Objects;

import org.senescope.read.xlsx.SheetChoice;

/**
 * How to read a table: every layout property is detected unless set here. Immutable; nulls are not accepted.
 *
 * @param delimiter     a given character, or {@link CharChoice.Detect} (tab, semicolon, comma or pipe, whichever splits
 *                      the first lines consistently); never {@link CharChoice.Off}
 * @param header        whether the first line is a header, or {@link Header#DETECT}
 * @param decimalMark   {@code .} or {@code ,}, or {@link DecimalMark#DETECT} (comma only when the delimiter is not a
 *                      comma and numbers are written {@code 1,5})
 * @param quote         a given character, {@link CharChoice.Off}, or {@link CharChoice.Detect} ({@code "} is always
 *                      honoured when detecting)
 * @param commentPrefix a character starting comment lines, {@link CharChoice.Off}, or {@link CharChoice.Detect}
 *                      ({@code #})
 * @param encoding      a given charset, or {@link EncodingChoice.Detect} (a BOM, else UTF-8, strictly)
 * @param sheet         the xlsx sheet to read, or {@link SheetChoice.First}
 * @param badRows       what to do with a row of the wrong width
 * @param limits        size limits
 */
public record TableOptions(CharChoice delimiter, Header header, DecimalMark decimalMark, CharChoice quote,
                           CharChoice commentPrefix, EncodingChoice encoding, SheetChoice sheet, BadRowPolicy badRows,
                           InputLimits limits) {

    /** Whether the first line names the columns. */
    public enum Header { DETECT, PRESENT, ABSENT }

    /** The character between a number's whole and fractional part. */
    public enum DecimalMark { DETECT, POINT, COMMA }

    /** A one-character layout property: detected, turned off, or given. */
    public sealed interface CharChoice permits CharChoice.Detect, CharChoice.Off, CharChoice.Given {
        /** Detect the character from the first lines. */
        record Detect() implements CharChoice {
        }

        /** The feature is off: no quoting, no comment lines. */
        record Off() implements CharChoice {
        }

        /** The character given. */
        record Given(char character) implements CharChoice {
        }
    }

    /** The text encoding: detected (a BOM, else strict UTF-8) or given. */
    public sealed interface EncodingChoice permits EncodingChoice.Detect, EncodingChoice.Given {
        /** A byte-order mark's encoding, else UTF-8, strictly. */
        record Detect() implements EncodingChoice {
        }

        /** The charset given. */
        record Given(Charset charset) implements EncodingChoice {
            public Given {
                Objects.requireNonNull(charset, "charset");
            }
        }
    }

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
        if (delimiter instanceof CharChoice.Off) {
            throw new IllegalArgumentException("a table has a delimiter: give one or detect it");
        }
    }

    /** Detect everything; fail on bad rows; default limits. */
    public static TableOptions defaults() {
        return new TableOptions(new CharChoice.Detect(), Header.DETECT, DecimalMark.DETECT, new CharChoice.Detect(),
                new CharChoice.Detect(), new EncodingChoice.Detect(), new SheetChoice.First(), BadRowPolicy.FAIL,
                InputLimits.DEFAULT);
    }

    public TableOptions withDelimiter(char c) {
        return new TableOptions(new CharChoice.Given(c), header, decimalMark, quote, commentPrefix, encoding, sheet,
                badRows, limits);
    }

    public TableOptions withHeader(boolean present) {
        return new TableOptions(delimiter, present ? Header.PRESENT : Header.ABSENT, decimalMark, quote,
                commentPrefix, encoding, sheet, badRows, limits);
    }

    public TableOptions withDecimalMark(DecimalMark mark) {
        return new TableOptions(delimiter, header, mark, quote, commentPrefix, encoding, sheet, badRows, limits);
    }

    /** Quoting with {@code q}, or off with {@link CharChoice.Off}. */
    public TableOptions withQuote(CharChoice q) {
        return new TableOptions(delimiter, header, decimalMark, q, commentPrefix, encoding, sheet, badRows, limits);
    }

    /** Comment lines starting with a given character, or none with {@link CharChoice.Off}. */
    public TableOptions withCommentPrefix(CharChoice prefix) {
        return new TableOptions(delimiter, header, decimalMark, quote, prefix, encoding, sheet, badRows, limits);
    }

    public TableOptions withEncoding(Charset charset) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix,
                new EncodingChoice.Given(charset), sheet, badRows, limits);
    }

    public TableOptions withSheet(String name) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding,
                new SheetChoice.Named(name), badRows, limits);
    }

    public TableOptions withBadRows(BadRowPolicy policy) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding, sheet, policy, limits);
    }

    public TableOptions withLimits(InputLimits newLimits) {
        return new TableOptions(delimiter, header, decimalMark, quote, commentPrefix, encoding, sheet, badRows,
                newLimits);
    }
}
