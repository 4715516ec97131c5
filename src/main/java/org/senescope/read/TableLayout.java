package org.senescope.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a table was laid out in its file, as detected (or as the caller's table options imposed). Shown to users
 * so that a wrong guess is visible and can be overridden.
 *
 * @param format          what the file was read as: "delimited", "xlsx" or "gct"
 * @param delimiter       the field separator ({@code \t}, {@code ,}, {@code ;}...)
 * @param header          whether the first non-comment line names the columns
 * @param decimalMark     {@code .} or {@code ,}
 * @param quote           the quote character, or the empty string when fields are not quoted
 * @param bom             whether the file began with a byte-order mark
 * @param lineEnding      the line endings found
 * @param commentPrefix   lines starting with this are comments, or the empty string for none
 * @param headerOneShort  whether the header had one field fewer than the rows (R's {@code write.table} with row
 *                        names); the first column is then named {@code row.names}
 * @param gzip            whether the file was gzip-compressed
 * @param encoding        the character encoding the text was decoded with
 */
public record TableLayout(String format, char delimiter, boolean header, char decimalMark, String quote, boolean bom,
                          LineEnding lineEnding, String commentPrefix, boolean headerOneShort, boolean gzip,
                          Charset encoding) {

    public TableLayout {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(lineEnding, "lineEnding");
        Objects.requireNonNull(commentPrefix, "commentPrefix");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** One line for a report, e.g. {@code tab-separated, header, decimal '.', quote '"', CRLF, gzip}. */
    public String describe() {
        if (format.equals("xlsx")) {
            return "xlsx workbook, first row as header, cells as stored text";
        }
        StringBuilder b = new StringBuilder();
        b.append(switch (delimiter) {
            case '\t' -> "tab-separated";
            case ',' -> "comma-separated";
            case ';' -> "semicolon-separated";
            case ' ' -> "space-separated";
            default -> "'" + delimiter + "'-separated";
        });
        if (!format.equals("delimited")) {
            b.insert(0, format + ", ");
        }
        b.append(header ? (headerOneShort ? ", header one field short (R row names)" : ", header") : ", no header");
        b.append(", decimal '").append(decimalMark).append('\'');
        b.append(quote.isEmpty() ? ", no quoting" : ", quote '" + quote + "'");
        if (!commentPrefix.isEmpty()) {
            b.append(", comments '").append(commentPrefix).append('\'');
        }
        b.append(", ").append(lineEnding);
        b.append(", ").append(encoding.name());
        if (bom) {
            b.append(" with BOM");
        }
        if (gzip) {
            b.append(", gzip");
        }
        return b.toString();
    }
}
