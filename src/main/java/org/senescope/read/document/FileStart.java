package org.senescope.read.document;

import java.nio.charset.StandardCharsets;

/** How a file that is not in the expected format begins, for messages. */
final class FileStart {

    private static final int SHOWN = 20;

    private FileStart() {
    }

    /** {@code an empty file}, {@code binary data}, or {@code text starting "..."} (printable ASCII, 20 characters). */
    static String describe(byte[] bytes) {
        if (bytes.length == 0) {
            return "an empty file";
        }
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
                return "binary data";
            }
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).strip()
                .replaceAll("\\s+", " ");
        StringBuilder shown = new StringBuilder();
        start.codePoints().limit(SHOWN).forEach(c -> shown.appendCodePoint(c >= 0x20 && c < 0x7F ? c : '?'));
        return "text starting \"" + shown + "\"";
    }
}
