package org.senescope.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A folder, FIFO or device given as an input file is refused by name before anything opens it. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NotAFileExceptionTest {

    @TempDir
    Path tmp;

    /** A named pipe with no writer at {@code tmp/name}, or the test is skipped where {@code mkfifo} is missing. */
    static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    @Test
    void aRegularFileAndALinkToOnePass() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.tsv"), "x\n");
        NotAFileException.requireRegularFile(file);
        NotAFileException.requireRegularFile(Files.createSymbolicLink(tmp.resolve("link.tsv"), file));
    }

    @Test
    void aFolderIsRefusedByName() {
        NotAFileException e = assertThrows(NotAFileException.class, () -> BoundedInput.open(tmp, 10,
                ReadFailures.plain()));
        assertEquals(tmp + ": is a folder; expected a file", e.getMessage());
    }

    @Test
    void aFifoWithNoWriterIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = fifo(tmp, "pipe");
        NotAFileException e = assertThrows(NotAFileException.class, () -> BoundedInput.isGzip(fifo));
        assertEquals(fifo + ": is a named pipe (FIFO); expected a file", e.getMessage());
    }

    @Test
    void aDeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        NotAFileException e = assertThrows(NotAFileException.class, () -> BoundedInput.openRaw(Path.of("/dev/zero")));
        assertEquals("/dev/zero: is a device; expected a file", e.getMessage());
    }

    @Test
    void aMissingFileIsStillNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> BoundedInput.openRaw(tmp.resolve("none.tsv")));
    }
}
