package org.senescope.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.senescope.failure.InputFormatException;
import org.senescope.input.BoundedInput;

/**
 * A file of gene names, one a line (an ORA selection or background): UTF-8 (a leading byte-order mark is skipped), LF
 * or CRLF; surrounding spaces are trimmed; blank lines and lines whose first character is {@code #} are skipped.
 * Stateless.
 */
public final class GeneListFile {

    private GeneListFile() {
    }

    /**
     * The names in {@code file}, in order, repeats kept.
     *
     * @throws InputFormatException naming the line and column of malformed UTF-8, a control character or a space
     *                              inside a name
     * @throws IOException          when the file cannot be read
     */
    public static List<String> read(Path file) throws IOException {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = BoundedInput.openRaw(file)) {
            bytes = in.readAllBytes();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int line = 1; start < bytes.length; line++) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputFormatException(name, line, 0, "expected UTF-8 text, found bytes that are not", e);
            }
            start = end + 1;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String gene = text.strip();
            if (!gene.isEmpty() && !gene.startsWith("#")) {
                check(name, line, text.indexOf(gene), gene);
                result.add(gene);
            }
        }
        return result;
    }

    private static void check(String file, int line, int offset, String gene) {
        for (int i = 0; i < gene.length(); i++) {
            char c = gene.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InputFormatException(file, line, offset + i + 1, String.format(
                        "expected one gene name a line, found %s (U+%04X)", Character.isISOControl(c)
                                && c != '\t' ? "a control character (not text)" : "white space inside the name",
                        (int) c));
            }
        }
    }
}
