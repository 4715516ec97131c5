package org.senescope.read.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.senescope.failure.InputFormatException;

/**
 * A byte stream handed out as blocks of whole lines in one reused buffer: each block ends just after a {@code \n}
 * (or at the end of the stream), so a parser can run through a block without checking for a refill mid-line. The
 * buffer grows to hold the longest line, up to a cap: a line longer than that (a one-line gzip bomb, a binary file)
 * is refused when the cap is reached, before the buffer can grow towards the whole input. Not thread-safe; does not
 * close the stream.
 */
final class ByteBlocks {

    private final InputStream in;
    private final String source;
    private final int maxLineBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;

    /**
     * @param source the input's name, for the message about a line too long
     * @param maxLineBytes the longest line accepted; the buffer never grows beyond the next power of two above it
     */
    ByteBlocks(InputStream in, String source, int bufferSize, int maxLineBytes) {
        this.in = in;
        this.source = source;
        this.buf = new byte[bufferSize];
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads ahead until the buffer holds {@code bytes} bytes or the stream ends; returns a copy of what it holds. */
    byte[] peek(int bytes) throws IOException {
        while (limit - pos < bytes && !eof) {
            fill();
        }
        return Arrays.copyOfRange(buf, pos, Math.min(limit, pos + bytes));
    }

    /** Skips {@code n} bytes at the current position (a byte-order mark). */
    void skip(int n) {
        pos += n;
    }

    /**
     * Moves to the next block of whole lines; false at the end of the stream.
     *
     * @param linesRead the lines of the blocks handed out so far, to name the line when it is too long
     * @throws InputFormatException when the next line is longer than the cap
     */
    boolean next(long linesRead) throws IOException {
        while (true) {
            int last = limit - 1;
            while (last >= pos && buf[last] != '\n') {
                last--;
            }
            if (last >= pos) {
                start = pos;
                end = last + 1;
                pos = end;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    start = pos;
                    end = limit;
                    pos = limit;
                    return true;
                }
                return false;
            }
            if (pos == 0 && limit >= maxLineBytes) {
                throw new InputFormatException(source, linesRead + 1, 0, "a line longer than " + maxLineBytes
                        + " bytes; expected lines of text");
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The end of the line at {@code p}: its {@code \r} or {@code \n}, or the block end. */
    static int lineEnd(byte[] b, int p, int blockEnd) {
        int e = p;
        while (e < blockEnd && b[e] != '\n' && b[e] != '\r') {
            e++;
        }
        return e;
    }

    static int afterLineEnd(byte[] b, int e, int blockEnd) {
        if (e < blockEnd && b[e] == '\r') {
            e++;
        }
        return e < blockEnd && b[e] == '\n' ? e + 1 : e;
    }

    static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
