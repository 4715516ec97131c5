package org.senescope.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;
import org.senescope.failure.InputFormatException;

/**
 * Opens an input file for reading: gzip is recognised by its magic bytes (not by the name, since users rename files),
 * decompressed on the fly, and the decompressed size is held to {@link InputLimits#maxBytes()}. A truncated or corrupt
 * gzip stream and a stream over the limit become {@link InputFormatException}s naming the file. Stateless.
 */
public final class InputFile {

    private InputFile() {
    }

    /** The name to show the user for a file: the path as given. */
    public static String displayName(Path file) {
        return file.toString();
    }

    /** Whether the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        return BoundedInput.isGzip(file);
    }

    /** Whether the file starts as a zip archive ({@code PK\3\4}), as an xlsx workbook does. */
    public static boolean isZip(Path file) throws IOException {
        byte[] h;
        try (InputStream in = BoundedInput.openRaw(file)) {
            h = in.readNBytes(4);
        }
        return isZip(h);
    }

    /** Whether {@code head}, a stream's or file's first bytes, starts as a zip archive ({@code PK\3\4}). */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Opens the file, decompressing gzip. The caller owns and closes the stream; its reads throw
     * {@link InputFormatException} for truncated or corrupt gzip data and for data over the size limit.
     */
    public static InputStream open(Path file, InputLimits limits) throws IOException {
        return BoundedInput.open(file, limits.maxBytes(), new LocatedFailures(displayName(file)));
    }

    /**
     * Opens a stream the caller owns, decompressing gzip, named {@code source} in messages; closing the result leaves
     * {@code raw} open. Its reads fail as {@link #open(Path, InputLimits)}'s do.
     */
    public static InputStream open(InputStream raw, String source, InputLimits limits) throws IOException {
        return BoundedInput.decompressing(new FilterInputStream(raw) {
            @Override
            public void close() {
                // The caller owns the stream.
            }
        }, limits.maxBytes(), new LocatedFailures(source));
    }

    /**
     * Reads the whole (decompressed) file. Its size is known, and held to the limit, before any of it is kept: a
     * gzip file is first decompressed into nothing by {@link #textBytes(Path, InputLimits)}, so refusing a gzip bomb
     * costs a 64 KiB buffer, not the limit's worth of heap.
     */
    public static byte[] readAll(Path file, InputLimits limits) throws IOException {
        long size = textBytes(file, limits);
        try (InputStream in = open(file, limits)) {
            byte[] bytes = in.readNBytes((int) size);
            int next = in.read();
            // A file that grew after it was measured is read on to the limit, as any stream is.
            return next < 0 ? bytes : concat(bytes, (byte) next, in);
        }
    }

    /**
     * The size of the file's text: its length, or for gzip the length it decompresses to, found by decompressing it
     * without keeping the result.
     *
     * @throws InputFormatException when the text is over {@link InputLimits#maxBytes()} or the gzip data are broken
     */
    public static long textBytes(Path file, InputLimits limits) throws IOException {
        if (!isGzip(file)) {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new LocatedFailures(displayName(file)).overLimit(limits.maxBytes(), false);
            }
            return size;
        }
        long total = 0;
        byte[] sink = new byte[1 << 16];
        try (InputStream in = open(file, limits)) {
            for (int n = in.read(sink); n >= 0; n = in.read(sink)) {
                total += n;
            }
        }
        return total;
    }

    private static byte[] concat(byte[] head, byte next, InputStream rest) throws IOException {
        byte[] tail = rest.readAllBytes();
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = next;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }

    /**
     * The failures of user input, each naming the file and saying what was expected: thrown here as
     * {@link InputFormatException}s rather than returned, since they are data errors, not I/O errors.
     */
    private record LocatedFailures(String name) implements ReadFailures {

        @Override
        public IOException overLimit(long maxBytes, boolean gzip) {
            throw new InputFormatException(name, 0, 0, (gzip ? "decompresses to" : "has") + " more than " + maxBytes
                    + " bytes, the input size limit" + (gzip ? " (a gzip bomb?)" : "") + "; expected a smaller file");
        }

        @Override
        public IOException truncatedGzip(long delivered, EOFException cause) {
            throw new InputFormatException(name, 0, 0, "truncated gzip: the compressed data end after " + delivered
                    + " bytes of text; expected a complete .gz file", cause);
        }

        @Override
        public IOException corruptGzip(long delivered, ZipException cause) {
            throw new InputFormatException(name, 0, 0, "corrupt gzip data after " + delivered + " bytes of text ("
                    + cause.getMessage() + "); expected a complete .gz file", cause);
        }

        @Override
        public IOException unreadableGzipHeader(IOException cause) {
            throw new InputFormatException(name, 0, 0, "not a valid gzip file (" + cause.getMessage()
                    + "); expected gzip-compressed text", cause);
        }
    }
}
