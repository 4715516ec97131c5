package org.senescope.read;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.senescope.failure.InputFormatException;

/**
 * A UTF-8 text input read one line at a time, for readers that keep less than the text (a ranked list keeps a name
 * and a number per line): memory is one line, whatever the file's size, and a bad first line is reported before the
 * rest is read. Gzip is decompressed and the byte limit held as {@link InputFile#open(Path, InputLimits)} does; a
 * UTF-8 byte-order mark is dropped; lines end at LF, CRLF or CR, as {@link InputText#lines()} splits them. Invalid
 * UTF-8, a NUL byte (binary data) and a line over the line-length limit are {@link InputFormatException}s with the
 * line and byte column. Not thread-safe; the caller closes it.
 */
public final class TextLines implements Closeable {

    /** The longest line read, in bytes: a line-oriented format has no business with longer ones. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final String source;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private long number;
    private boolean pendingLf;

    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    private TextLines(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    /** The next byte, or -1 at the end; buffered here, since a stream's single-byte read may take a lock. */
    private int read() throws IOException {
        if (position == limit) {
            limit = Math.max(0, in.readNBytes(buffer, 0, buffer.length));
            position = 0;
            if (limit == 0) {
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    /** Opens {@code file}, named as given in messages. */
    public static TextLines open(Path file, InputLimits limits) throws IOException {
        return new TextLines(InputFile.displayName(file), InputFile.open(file, limits));
    }

    /** Reads {@code raw}, which the caller owns and closes, naming it {@code source} in messages. */
    public static TextLines open(InputStream raw, String source, InputLimits limits) throws IOException {
        return new TextLines(source, InputFile.open(new FilterInputStream(raw) {
            @Override
            public void close() {
                // The caller owns the stream.
            }
        }, source, limits));
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The 1-based number of the line {@link #next()} returned last; 0 before the first. */
    public long number() {
        return number;
    }

    /**
     * The next line without its ending, or empty at the end of the input.
     *
     * @throws InputFormatException for invalid UTF-8, binary data or an over-long line, naming line and byte column
     */
    public Optional<String> next() throws IOException {
        int length = 0;
        int b = read();
        if (pendingLf && b == '\n') {
            b = read();
        }
        pendingLf = false;
        if (b < 0) {
            return Optional.empty();
        }
        number++;
        while (b >= 0 && b != '\n' && b != '\r') {
            if (b == 0) {
                throw new InputFormatException(source, number, length + 1, "binary data (a NUL byte at byte "
                        + (length + 1) + "); expected a text file");
            }
            if (length == MAX_LINE_BYTES) {
                throw new InputFormatException(source, number, 0, "a line longer than " + MAX_LINE_BYTES
                        + " bytes; expected lines of text");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, 2 * length));
            }
            line[length++] = (byte) b;
            b = read();
        }
        pendingLf = b == '\r';
        return Optional.of(decode(length));
    }

    private String decode(int length) throws InputFormatException {
        int start = number == 1 && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        boolean ascii = true;
        for (int i = start; i < length && ascii; i++) {
            ascii = line[i] >= 0;
        }
        if (ascii) {
            return new String(line, start, length - start, StandardCharsets.US_ASCII);
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
        try {
            return decoder.reset().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int bad = bytes.position();
            throw new InputFormatException(source, number, bad + 1, String.format(
                    "invalid UTF-8: byte 0x%02X at byte %d of the line; expected UTF-8 text", line[bad] & 0xff,
                    bad + 1));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
