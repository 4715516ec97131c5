package org.senescope.input;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.senescope.failure.InputFormatException;

/**
 * Opens input, plain or gzip-compressed (recognised by content, not by name, since users rename files), with a cap on
 * the bytes delivered after decompression so that a gzip bomb or a runaway file fails with a message instead of
 * exhausting memory or disk. Failures are the {@link IOException}s of the given {@link ReadFailures}. Stateless; the
 * streams returned are not thread-safe and are owned (and closed) by the caller.
 */
public final class BoundedInput {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private BoundedInput() {
    }

    /**
     * Opens {@code file}, decompressing it if it is gzip data, delivering at most {@code maxBytes} bytes.
     *
     * @throws NotAFileException when {@code file} is a folder, FIFO, device or other special file, before opening it
     */
    public static InputStream open(Path file, long maxBytes, ReadFailures failures) throws IOException {
        InputStream raw = openRaw(file);
        try {
            return decompressing(raw, maxBytes, failures);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Wraps {@code raw}, decompressing it if it starts with the gzip magic bytes, delivering at most {@code maxBytes}.
     * Closing the result closes {@code raw}.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is below 1
     */
    public static InputStream decompressing(InputStream raw, long maxBytes, ReadFailures failures)
            throws IOException {
        checkCap(maxBytes);
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_BYTES);
        buffered.mark(2);
        boolean gzip = isGzip(buffered.readNBytes(2));
        buffered.reset();
        if (!gzip) {
            return new CappedStream(buffered, maxBytes, false, failures);
        }
        GZIPInputStream unzipped;
        try {
            unzipped = new GZIPInputStream(buffered, BUFFER_BYTES);
        } catch (IOException e) {
            throw failures.unreadableGzipHeader(e);
        }
        return new CappedStream(unzipped, maxBytes, true, failures);
    }

    /**
     * {@link #decompressing} for the text of a reader that names its input: bytes that start like gzip but whose gzip
     * header cannot be read are bad data of {@code source} at line 1, not a failure to read.
     *
     * @throws InputFormatException for an unreadable gzip header
     * @throws IOException          when {@code raw} cannot be read
     */
    public static InputStream decompressingText(InputStream raw, long maxBytes, ReadFailures failures, String source)
            throws IOException {
        try {
            return decompressing(raw, maxBytes, failures);
        } catch (ZipException | EOFException e) {
            throw new InputFormatException(source, 1, 0, "starts like gzip but its gzip header cannot be read ("
                    + Objects.requireNonNullElse(e.getMessage(), "it ends early") + "); expected text or gzip text", e);
        }
    }

    /**
     * Wraps {@code raw} as it is, never decompressing, delivering at most {@code maxBytes}. Closing the result closes
     * {@code raw}.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is below 1
     */
    public static InputStream capped(InputStream raw, long maxBytes, ReadFailures failures) {
        checkCap(maxBytes);
        return new CappedStream(raw, maxBytes, false, failures);
    }

    /**
     * Opens {@code file} as it is, without cap or decompression, once {@link NotAFileException#requireRegularFile}
     * has accepted it: the one way an input file is opened, so that a folder, FIFO or device is refused by name
     * before any read can block or fail without naming it.
     */
    public static InputStream openRaw(Path file) throws IOException {
        NotAFileException.requireRegularFile(file);
        return Files.newInputStream(file);
    }

    /** Whether {@code file} starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = openRaw(file)) {
            return isGzip(in.readNBytes(2));
        }
    }

    /** Whether {@code head}, a stream's or file's first bytes, starts with the gzip magic bytes. */
    public static boolean isGzip(byte[] head) {
        return head.length == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2;
    }

    private static void checkCap(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be 1 or more: " + maxBytes);
        }
    }
}
