package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;
import org.senescope.read.TextLines;

/**
 * A file of gene names, one a line (an ORA selection or background), read a line at a time ({@link TextLines}: UTF-8,
 * a leading byte-order mark skipped, LF, CRLF or CR, gzip decompressed, the byte and line-length limits held);
 * surrounding spaces are trimmed; blank lines and lines whose first character is {@code #} are skipped.
 * Stateless.
 */
public final class GeneListFile {

    private GeneListFile() {
    }

    /**
     * The names in {@code file}, in order, repeats kept, read within {@link InputLimits#DEFAULT}.
     *
     * @throws InputFormatException naming the line and column of malformed UTF-8, binary data, a control character or
     *                              a space inside a name; naming the file when it is larger than the limit (also
     *                              decompressed) or a line is longer than {@link TextLines#MAX_LINE_BYTES}
     * @throws IOException          when the file cannot be read
     */
    public static List<String> read(Path file) throws IOException {
        return read(file, InputLimits.DEFAULT);
    }

    /** As {@link #read(Path)}, within {@code limits}. */
    static List<String> read(Path file, InputLimits limits) throws IOException {
        List<String> result = new ArrayList<>();
        try (TextLines lines = TextLines.open(file, limits)) {
            for (Optional<String> next = lines.next(); next.isPresent(); next = lines.next()) {
                String text = next.get();
                String gene = text.strip();
                if (!gene.isEmpty() && !gene.startsWith("#")) {
                    check(lines.source(), lines.number(), text.indexOf(gene), gene);
                    result.add(gene);
                }
            }
        }
        return result;
    }

    private static void check(String file, long line, int offset, String gene) {
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
