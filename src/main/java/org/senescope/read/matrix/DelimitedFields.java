package org.senescope.read.matrix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.senescope.failure.InputFormatException;

/**
 * The field syntax of one delimited file, read from bytes in place: where a field ends (quotes respected), its text
 * (ASCII fast, else strict UTF-8, with an exact message naming file, line and column), and its unquoted form.
 * {@code src} names the file in messages; {@code quote} is {@code '\0'} for none.
 */
record DelimitedFields(String src, byte delimiter, char quote) {

    /** The end of the field at {@code p}: the next delimiter or line end outside quotes, or the block end. */
    int end(byte[] b, int p, int e) {
        int q = p;
        if (quote != '\0' && q < e && b[q] == quote) {
            q++;
            while (q < e && !(b[q] == quote && (q + 1 == e || b[q + 1] != quote))) {
                q += b[q] == quote ? 2 : 1;
            }
        }
        while (q < e && b[q] != delimiter && b[q] != '\n' && b[q] != '\r') {
            q++;
        }
        return q;
    }

    /** The field's text without its enclosing quotes, doubled quotes inside made single. */
    String unquote(String f) {
        if (quote != '\0' && f.length() >= 2 && f.charAt(0) == quote && f.charAt(f.length() - 1) == quote) {
            String q = String.valueOf(quote);
            return f.substring(1, f.length() - 1).replace(q + q, q);
        }
        return f;
    }

    /** Decodes a field: Latin-1 when it is ASCII (the common case), else strictly as UTF-8. */
    String text(byte[] b, int s, int e, long line, int column) throws InputFormatException {
        for (int i = s; i < e; i++) {
            if (b[i] < 0) {
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(b, s, e - s)).toString();
                } catch (CharacterCodingException ex) {
                    throw new InputFormatException(src, line, column, "invalid UTF-8 in this field; expected UTF-8 "
                            + "text (name the file's encoding, e.g. windows-1252, to read it)", ex);
                }
            }
        }
        return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** Whether the bytes from {@code p} to {@code e} are all delimiters: an empty tail of a row. */
    boolean onlyDelimiters(byte[] b, int p, int e) {
        for (int i = p; i < e; i++) {
            if (b[i] != delimiter) {
                return false;
            }
        }
        return true;
    }
}
