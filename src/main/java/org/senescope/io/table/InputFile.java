package org.senescope.io.table;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.senescope.io.InputFormatException;

/**
 * Opens an input file for reading: gzip is recognised by its magic bytes (not by the name, since users rename files),
 * decompressed on the fly, and the decompressed size is held to {@link InputLimits#maxBytes()}. A truncated or corrupt
 * gzip stream and a stream over the limit become {@link InputFormatException}s naming the file. Stateless.
 */
public final class InputFile {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private InputFile() {
    }

    /** The name to show the user for a file: the path as given. */
    public static String displayName(Path file) {
        return file.toString();
    }

    /** Whether the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        byte[] head = head(file, 2);
        return head.length == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2;
    }

    /** Whether the file starts as a zip archive ({@code PK\3\4}), as an xlsx workbook does. */
    public static boolean isZip(Path file) throws IOException {
        byte[] h = head(file, 4);
        return h.length == 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /**
     * Opens the file, decompressing gzip. The caller owns and closes the stream; its reads throw
     * {@link InputFormatException} for truncated or corrupt gzip data and for data over the size limit.
     */
    public static InputStream open(Path file, InputLimits limits) throws IOException {
        boolean gzip = isGzip(file);
        InputStream raw = Files.newInputStream(file);
        try {
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new LimitedStream(in, displayName(file), gzip, limits.maxBytes());
        } catch (IOException e) {
            raw.close();
            throw new InputFormatException(displayName(file), 0, 0,
                    "not a valid gzip file (" + e.getMessage() + "); expected gzip-compressed text", e);
        }
    }

    /** Reads the whole (decompressed) file. */
    public static byte[] readAll(Path file, InputLimits limits) throws IOException {
        try (InputStream in = open(file, limits)) {
            return in.readAllBytes();
        }
    }

    /** Counts bytes, enforces the limit and turns gzip failures into located messages. */
    private static final class LimitedStream extends FilterInputStream {
        private final String name;
        private final boolean gzip;
        private final long max;
        private long count;

        LimitedStream(InputStream in, String name, boolean gzip, long max) {
            super(in);
            this.name = name;
            this.gzip = gzip;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (EOFException e) {
                throw new InputFormatException(name, 0, 0, "truncated gzip: the compressed data end after "
                        + count + " bytes of text; expected a complete .gz file", e);
            } catch (ZipException e) {
                throw new InputFormatException(name, 0, 0, "corrupt gzip data after " + count
                        + " bytes of text (" + e.getMessage() + "); expected a complete .gz file", e);
            }
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new InputFormatException(name, 0, 0, (gzip ? "decompresses to" : "has")
                            + " more than " + max + " bytes, the input size limit"
                            + (gzip ? " (a gzip bomb?)" : "") + "; expected a smaller file");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }
    }
}
