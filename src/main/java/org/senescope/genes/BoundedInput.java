package org.senescope.genes;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens gene files, plain or gzip-compressed (recognised by content, not by name), with a cap on the bytes delivered
 * after decompression so that a gzip bomb or a runaway file fails with a message instead of exhausting memory or disk.
 * Failures are {@link IOException}s whose message says in plain words what happened (cap reached, truncated gzip,
 * corrupt gzip). The streams returned are not thread-safe; each reader uses its own.
 */
public final class BoundedInput {
    /** The default cap on decompressed bytes: far above any real gene table (the shipped human table is under 7 MB). */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    private BoundedInput() {
    }

    /** Opens {@code file}, decompressing it if it is gzip data, delivering at most {@code maxBytes} bytes. */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return decompressing(raw, maxBytes);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Wraps {@code raw}, decompressing it if it starts with the gzip magic bytes, delivering at most {@code maxBytes}.
     * Closing the result closes {@code raw}.
     */
    public static InputStream decompressing(InputStream raw, long maxBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be 1 or more: " + maxBytes);
        }
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_BYTES);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        if (!gzip) {
            return new CappedStream(buffered, maxBytes, false);
        }
        return new CappedStream(new GZIPInputStream(buffered, BUFFER_BYTES), maxBytes, true);
    }

    /** Counts delivered bytes and turns the JDK's terse gzip errors into messages a user can act on. */
    private static final class CappedStream extends FilterInputStream {
        private final long maxBytes;
        private final boolean gzip;
        private long delivered;

        CappedStream(InputStream in, long maxBytes, boolean gzip) {
            super(in);
            this.maxBytes = maxBytes;
            this.gzip = gzip;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (EOFException e) {
                throw gzip ? new IOException("gzip data ends early: the file is truncated", e) : e;
            } catch (ZipException e) {
                throw new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
            }
            if (n > 0) {
                delivered += n;
                if (delivered > maxBytes) {
                    throw new IOException("more than " + maxBytes + " bytes" + (gzip ? " after decompression" : "")
                            + ", the most accepted");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping through read() keeps the byte count honest.
            byte[] sink = new byte[(int) Math.min(n, 8192)];
            int read = read(sink, 0, sink.length);
            return Math.max(read, 0);
        }
    }
}
