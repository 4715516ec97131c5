package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.read.InputLimits;

/** ORA's gene lists are read a line at a time, within the same byte and line limits as every other reader. */
class GeneListFileTest {

    @TempDir
    Path tmp;

    @Test
    void namesAreReadOneALineWhateverTheLineEnding() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.txt"), "\uFEFF TP53 \r\n# comment\n\nCDKN1A\rRB1\n");
        assertEquals(List.of("TP53", "CDKN1A", "RB1"), GeneListFile.read(file));
    }

    @Test
    void aLineLongerThanTheLineLimitIsRefusedBeforeTheRestIsRead() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.txt"), "TP53\n" + "A".repeat(2 << 20) + "\nRB1\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> GeneListFile.read(file));
        assertEquals(file + ":2: a line longer than 1048576 bytes; expected lines of text", e.getMessage());
    }

    @Test
    void aFileOverTheByteLimitIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.txt"), "TP53\n".repeat(100));
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> GeneListFile.read(file, InputLimits.DEFAULT.withMaxBytes(200)));
        assertEquals(file + ": has more than 200 bytes, the input size limit; expected a smaller file", e.getMessage());
    }

    @Test
    void aGzipListIsDecompressedWithinTheByteLimit() throws IOException {
        Path file = tmp.resolve("g.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("TP53\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
        }
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> GeneListFile.read(file, InputLimits.DEFAULT.withMaxBytes(10_000)));
        assertEquals(file + ": decompresses to more than 10000 bytes, the input size limit (a gzip bomb?); expected a "
                + "smaller file", e.getMessage());
    }
}
