package org.senescope.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {

    private static final byte[] TEXT = "gene\tvalue\nTP53\t1.5\n".repeat(200).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void plainAndGzipReadTheSameWhateverTheName() throws IOException {
        Path plain = Files.write(dir.resolve("table.gz"), TEXT);
        Path gz = Files.write(dir.resolve("table.tsv"), gzip(TEXT));
        assertFalse(BoundedInput.isGzip(plain));
        assertTrue(BoundedInput.isGzip(gz));
        assertArrayEquals(TEXT, readAll(BoundedInput.open(plain, TEXT.length, ReadFailures.plain())));
        assertArrayEquals(TEXT, readAll(BoundedInput.open(gz, TEXT.length, ReadFailures.plain())));
    }

    @Test
    void oneByteOverTheCapFails() {
        IOException plain = assertThrows(IOException.class,
                () -> readAll(BoundedInput.decompressing(stream(TEXT), TEXT.length - 1, ReadFailures.plain())));
        assertEquals("more than " + (TEXT.length - 1) + " bytes, the most accepted", plain.getMessage());
        IOException gz = assertThrows(IOException.class,
                () -> readAll(BoundedInput.decompressing(stream(gzip(TEXT)), 1000, ReadFailures.plain())));
        assertEquals("more than 1000 bytes after decompression, the most accepted", gz.getMessage());
    }

    @Test
    void cappedNeverDecompressesAndWordsTheCapAsSize() throws IOException {
        byte[] gz = gzip(TEXT);
        assertArrayEquals(gz, readAll(BoundedInput.capped(stream(gz), gz.length, ReadFailures.sizeOnly())));
        IOException e = assertThrows(IOException.class,
                () -> readAll(BoundedInput.capped(stream(TEXT), 10, ReadFailures.sizeOnly())));
        assertEquals("larger than 10 bytes, the most accepted", e.getMessage());
    }

    @Test
    void skippingCountsTowardsTheCap() throws IOException {
        InputStream in = BoundedInput.capped(stream(TEXT), 100, ReadFailures.plain());
        assertEquals(100, in.skip(100));
        assertEquals("more than 100 bytes, the most accepted", assertThrows(IOException.class, in::read).getMessage());
    }

    @Test
    void truncatedAndCorruptGzipAreWordedPlainly() {
        byte[] gz = gzip(TEXT);
        IOException truncated = assertThrows(IOException.class, () -> readAll(
                BoundedInput.decompressing(stream(Arrays.copyOf(gz, gz.length / 2)), 1 << 20, ReadFailures.plain())));
        assertEquals("gzip data ends early: the file is truncated", truncated.getMessage());
        assertInstanceOf(EOFException.class, truncated.getCause());

        byte[] corrupt = gz.clone();
        Arrays.fill(corrupt, 10, 20, (byte) 0xff);
        IOException damaged = assertThrows(IOException.class,
                () -> readAll(BoundedInput.decompressing(stream(corrupt), 1 << 20, ReadFailures.plain())));
        assertTrue(damaged.getMessage().startsWith("corrupt gzip data ("), damaged.getMessage());
        assertInstanceOf(ZipException.class, damaged.getCause());
    }

    @Test
    void failuresAreTheCallersWords() {
        ReadFailures mine = new ReadFailures() {
            @Override
            public IOException overLimit(long maxBytes, boolean gzip) {
                return new IOException("cap " + maxBytes + " " + gzip);
            }

            @Override
            public IOException truncatedGzip(long delivered, EOFException cause) {
                return new IOException("truncated after " + delivered);
            }

            @Override
            public IOException corruptGzip(long delivered, ZipException cause) {
                return new IOException("corrupt after " + delivered);
            }

            @Override
            public IOException unreadableGzipHeader(IOException cause) {
                return new IOException("bad header");
            }
        };
        assertEquals("cap 5 true", assertThrows(IOException.class,
                () -> readAll(BoundedInput.decompressing(stream(gzip(TEXT)), 5, mine))).getMessage());
        // The magic bytes alone: the rest of the gzip header is missing.
        assertEquals("bad header", assertThrows(IOException.class,
                () -> BoundedInput.decompressing(stream(new byte[] {0x1f, (byte) 0x8b}), 5, mine)).getMessage());
        byte[] gz = gzip(TEXT);
        String truncated = assertThrows(IOException.class, () -> readAll(
                BoundedInput.decompressing(stream(Arrays.copyOf(gz, gz.length - 4)), 1 << 20, mine))).getMessage();
        assertEquals("truncated after " + TEXT.length, truncated);
    }

    @Test
    void aCapBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> BoundedInput.capped(stream(TEXT), 0, ReadFailures.plain()));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
