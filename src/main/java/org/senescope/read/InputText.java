package org.senescope.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.senescope.failure.InputFormatException;
import org.senescope.input.BoundedInput;

/**
 * A text input decoded whole and split into lines, with what was found on the way: gzip, a byte-order mark, the
 * encoding, the line endings. Decoding is strict: invalid UTF-8 or binary data (a NUL byte) is an
 * {@link InputFormatException} with the line and byte column, never a replacement character. Immutable and
 * thread-safe (the lines are split once, on first use).
 */
public final class InputText {

    private static final int BINARY_PROBE = 1 << 16;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final String source;
    private final boolean gzip;
    private final boolean bom;
    private final Charset charset;
    private final LineEnding lineEnding;
    private final String text;
    private @Nullable List<String> lines;

    private InputText(String source, boolean gzip, boolean bom, Charset charset, LineEnding lineEnding, String text) {
        this.source = source;
        this.gzip = gzip;
        this.bom = bom;
        this.charset = charset;
        this.lineEnding = lineEnding;
        this.text = text;
    }

    /** Reads a file, detecting gzip, a BOM and otherwise expecting UTF-8. */
    public static InputText read(Path file, InputLimits limits) throws IOException {
        return decode(InputFile.displayName(file), InputFile.readAll(file, limits), InputFile.isGzip(file),
                Optional.empty());
    }

    /** Reads a file, in the given encoding when one is given (a BOM is still recognised and removed). */
    public static InputText read(Path file, Optional<Charset> encoding, InputLimits limits) throws IOException {
        return decode(InputFile.displayName(file), InputFile.readAll(file, limits), InputFile.isGzip(file), encoding);
    }

    /** Reads a file in the given encoding (a BOM is still recognised and removed). */
    public static InputText read(Path file, Charset encoding, InputLimits limits) throws IOException {
        return decode(InputFile.displayName(file), InputFile.readAll(file, limits), InputFile.isGzip(file),
                Optional.of(encoding));
    }

    /**
     * Reads a stream the caller owns (it stays open) as {@link #read(Path, InputLimits)} reads a file, naming it
     * {@code source}.
     */
    public static InputText read(InputStream in, String source, InputLimits limits) throws IOException {
        return read(in, source, Optional.empty(), limits);
    }

    /** As {@link #read(InputStream, String, InputLimits)}, in the given encoding when one is given. */
    public static InputText read(InputStream in, String source, Optional<Charset> encoding, InputLimits limits)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        byte[] head = buffered.readNBytes(2);
        buffered.reset();
        boolean gzip = BoundedInput.isGzip(head);
        byte[] bytes;
        try (InputStream bounded = InputFile.open(buffered, source, limits)) {
            bytes = bounded.readAllBytes();
        }
        return decode(source, bytes, gzip, encoding);
    }

    /**
     * Decodes bytes already read (a BOM, else strict UTF-8), e.g. the first block of a file that is then scanned as
     * bytes; {@code gzip} is only recorded.
     */
    public static InputText of(String source, byte[] bytes, boolean gzip) throws InputFormatException {
        return decode(source, bytes, gzip, Optional.empty());
    }

    static InputText decode(String source, byte[] bytes, boolean gzip, Optional<Charset> forced)
            throws InputFormatException {
        int start = 0;
        Charset cs = forced.orElse(StandardCharsets.UTF_8);
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
            bom = true;
            cs = StandardCharsets.UTF_8;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            start = 2;
            bom = true;
            cs = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            start = 2;
            bom = true;
            cs = StandardCharsets.UTF_16BE;
        }
        if (!cs.name().startsWith("UTF-16")) {
            checkNotBinary(source, bytes, start);
        }
        String text = decodeStrictly(source, bytes, start, cs);
        LineEnding ending = lineEnding(text);
        return new InputText(source, gzip, bom, cs, ending, text);
    }

    private static void checkNotBinary(String source, byte[] bytes, int start) throws InputFormatException {
        int end = Math.min(bytes.length, start + BINARY_PROBE);
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                long[] at = position(bytes, start, i);
                throw new InputFormatException(source, at[0], (int) at[1],
                        "binary data (a NUL byte at byte " + at[1] + "); expected a text file");
            }
        }
    }

    private static String decodeStrictly(String source, byte[] bytes, int start, Charset cs)
            throws InputFormatException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // The String constructor decodes UTF-8 several times faster than a CharsetDecoder into a char buffer
            // (for ASCII text: one vectorised check and one copy), which counts for a short command reading a large
            // GCT. It replaces malformed input with U+FFFD, so a text without U+FFFD was valid UTF-8 and is exactly
            // what the strict decoder returns; a text with one (malformed, or written in the file) is decoded again
            // below, for its message or the same text.
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf(REPLACEMENT_CHARACTER) < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) (bytes.length - start) * (long) Math.ceil(decoder.maxCharsPerByte())));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            long[] at = position(bytes, start, bad);
            throw new InputFormatException(source, at[0], (int) at[1], String.format(
                    "invalid %s: byte 0x%02X at byte %d of the line; expected %s text (name the file's encoding, "
                            + "e.g. windows-1252, to read it)", cs.name(), bytes[bad] & 0xff, at[1], cs.name()));
        }
        out.flip();
        return out.toString();
    }

    /** 1-based line and byte column of a byte offset. */
    private static long[] position(byte[] bytes, int start, int offset) {
        long line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1};
    }

    // Both scans jump from one line break to the next with String.indexOf rather than testing every character with
    // charAt: the same answer, but a tight loop the JVM compiles early, which matters for a short command reading a
    // large file in a cold JVM.
    private static LineEnding lineEnding(String text) {
        if (text.indexOf('\r') < 0) {
            // Only line feeds, if any: one scan instead of two.
            return text.indexOf('\n') < 0 ? LineEnding.NONE : LineEnding.LF;
        }
        boolean lf = false;
        boolean crlf = false;
        boolean cr = false;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf = true;
            } else {
                lf = true;
            }
        }
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                cr = true;
            }
        }
        int kinds = (lf ? 1 : 0) + (crlf ? 1 : 0) + (cr ? 1 : 0);
        if (kinds == 0) {
            return LineEnding.NONE;
        }
        if (kinds > 1) {
            return LineEnding.MIXED;
        }
        return crlf ? LineEnding.CRLF : cr ? LineEnding.CR : LineEnding.LF;
    }

    /** The first {@code max} lines, split as {@link #lines()} splits them. */
    public List<String> firstLines(int max) {
        return split(text, max);
    }

    private static List<String> split(String text, int max) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        int n = text.length();
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lines.size() < max && (lf >= 0 || cr >= 0)) {
            int i = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            lines.add(text.substring(from, i));
            from = i == cr && i + 1 == lf ? i + 2 : i + 1;
            if (lf >= 0 && lf < from) {
                lf = text.indexOf('\n', from);
            }
            if (cr >= 0 && cr < from) {
                cr = text.indexOf('\r', from);
            }
        }
        if (from < n && lines.size() < max) {
            lines.add(text.substring(from));
        }
        return List.copyOf(lines);
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    public boolean gzip() {
        return gzip;
    }

    public boolean bom() {
        return bom;
    }

    public Charset charset() {
        return charset;
    }

    public LineEnding lineEnding() {
        return lineEnding;
    }

    /** The lines without their endings; line {@code n} (1-based) is at index {@code n - 1}. */
    public synchronized List<String> lines() {
        if (lines == null) {
            lines = split(text, Integer.MAX_VALUE);
        }
        return lines;
    }

    /** The whole text with its line endings, for parsers that take a string. */
    public String text() {
        return text;
    }
}
