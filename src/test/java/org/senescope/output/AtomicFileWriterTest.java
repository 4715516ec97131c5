package org.senescope.output;

import org.senescope.export.files.NetworkFiles;

import org.senescope.export.files.OutputFile;

import org.senescope.model.format.NetworkFormat;
import org.senescope.export.NetworkFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.Network;

class AtomicFileWriterTest {

    @TempDir
    Path directory;

    private final Network network = NetworkFixture.network();

    @Test
    void writesTheContentAndLeavesNothingElse() throws IOException {
        Path target = directory.resolve("out.txt");
        AtomicFileWriter.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = directory.resolve("out.txt");
        Files.writeString(target, "an older and longer content");
        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void aWriterFailingMidwayLeavesNoFileAndNoTemporary() {
        Path target = directory.resolve("out.txt");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk on fire");
        }));
        assertEquals("disk on fire", thrown.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void aWriterFailingMidwayLeavesTheOldFileAsItWas() throws IOException {
        Path target = directory.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new UncheckedIOException(new IOException("bug"));
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("out.txt"), listing());
    }

    @Test
    void writesEveryFileOfAFormat() throws IOException {
        AtomicFileWriter.writeAll(OutputFile.planAll(directory, NetworkFiles.of(NetworkFormat.SIF, "net"), network));
        assertEquals(List.of("net.edges.tsv", "net.nodes.tsv", "net.sif"), listing());
        assertTrue(Files.readString(directory.resolve("net.sif")).startsWith("TP53\tinduces expression of\tCDKN1A\n"));
    }

    @Test
    void aFailingFileLeavesTheWholeSetUntouched() throws IOException {
        Files.writeString(directory.resolve("net.sif"), "old sif");
        List<OutputFile> files = List.of(
                new OutputFile("net.sif", (n, out) -> out.write("new sif".getBytes(StandardCharsets.UTF_8))),
                new OutputFile("net.nodes.tsv", (n, out) -> {
                    out.write("half a table".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("cannot finish");
                }),
                new OutputFile("net.edges.tsv", (n, out) -> out.write("edges".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> AtomicFileWriter.writeAll(OutputFile.planAll(directory, files, network)));
        assertEquals(List.of("net.sif"), listing());
        assertEquals("old sif", Files.readString(directory.resolve("net.sif")));
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTemporaryFileIsHiddenBesideTheTarget() throws IOException {
        Path target = directory.resolve("out.txt");
        AtomicFileWriter.write(target, out -> {
            List<String> during = listing();
            assertEquals(1, during.size());
            assertTrue(during.get(0).startsWith(".out.txt.") && during.get(0).endsWith(".tmp"), during.get(0));
            assertFalse(Files.exists(target));
        });
        assertEquals(List.of("out.txt"), listing());
    }
}
