package org.senescope.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A set of files is placed whole or not at all, on an in-memory file system (Jimfs) that can be made full: after any
 * failure the folder holds exactly what it held before, byte for byte, and no staging folder.
 */
class FileSetPlacementTest {

    /** 4 KB in blocks of 1 KB. */
    private final FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setBlockSize(1024)
            .setMaxSize(4096).build());

    private final Path out = disk.getPath("/work/out");

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    private static PlannedFile file(Path target, int bytes) {
        return new PlannedFile(target, o -> o.write(new byte[bytes]));
    }

    private static PlannedFile text(Path target, String text) {
        return new PlannedFile(target, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every path under {@code dir} with its content, sorted. */
    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().map(p -> p + (Files.isRegularFile(p) ? " " + readQuietly(p) : "/")).toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFullDiskLeavesTheFolderAsItWas() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.tsv"), "mine\n");
        List<String> before = listing(disk.getPath("/"));
        List<PlannedFile> set = List.of(file(out.resolve("a.tsv"), 1000), file(out.resolve("b.tsv"), 1500),
                file(out.resolve("c.tsv"), 1000));
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> FileSetPlacement.place(out, set, true));
        assertEquals("/work/out/c.tsv", e.getFile());
        assertEquals("out of disk space; nothing written", e.getReason());
        assertEquals(before, listing(disk.getPath("/")));
    }

    @Test
    void aFullDiskLeavesNoFolderItMade() throws IOException {
        List<String> before = listing(disk.getPath("/"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> FileSetPlacement.place(
                out.resolve("plots"), List.of(file(out.resolve("plots/a.png"), 5000)), false));
        assertEquals("/work/out/plots/a.png: out of disk space; nothing written", e.getFile() + ": " + e.getReason());
        assertEquals(before, listing(disk.getPath("/")));
        assertFalse(Files.exists(out), "the folders made for the set are gone");
    }

    @Test
    void aFolderThatAppearsWhileTheSetIsWrittenRollsBackTheFilesAlreadyMovedAndRestoresReplacedOnes()
            throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.tsv"), "mine\n");
        List<String> before = listing(out);
        PlannedFile last = new PlannedFile(out.resolve("c.tsv"), o -> {
            Files.createDirectory(out.resolve("c.tsv"));
            o.write('x');
        });
        List<PlannedFile> set = List.of(text(out.resolve("a.tsv"), "new\n"), text(out.resolve("b.tsv"), "new\n"),
                last);
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> FileSetPlacement.place(out, set, true));
        assertEquals("/work/out/c.tsv: is a folder where a file would be written; nothing written",
                e.getFile() + ": " + e.getReason());
        Files.delete(out.resolve("c.tsv"));
        assertEquals(before, listing(out), "a.tsv has its old bytes again, b.tsv is gone, no staging folder");
    }

    @Test
    void anExistingFileIsRefusedBeforeAnythingIsWrittenUnlessReplacingIsAllowed() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("b.tsv"), "mine\n");
        List<String> before = listing(out);
        List<PlannedFile> set = List.of(text(out.resolve("a.tsv"), "new\n"), text(out.resolve("b.tsv"), "new\n"));
        ExistingOutputException e = assertThrows(ExistingOutputException.class,
                () -> FileSetPlacement.place(out, set, false));
        assertEquals("/work/out/b.tsv: already exists; nothing written (use --overwrite to replace it)",
                e.getFile() + ": " + e.getReason());
        assertEquals(before, listing(out));
        FileSetPlacement.place(out, set, true).keep();
        assertEquals(List.of("/work/out/", "/work/out/a.tsv new\n", "/work/out/b.tsv new\n"), listing(out));
    }

    @Test
    void aPlacementRolledBackLeavesWhatWasThereBefore() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("a.tsv"), "mine\n");
        List<String> before = listing(disk.getPath("/"));
        FileSetPlacement placed = FileSetPlacement.place(out, List.of(text(out.resolve("a.tsv"), "new\n"),
                text(out.resolve("plots/b.tsv"), "new\n")), true);
        assertEquals("new\n", Files.readString(out.resolve("a.tsv")), "placed before keep or roll back");
        assertEquals("new\n", Files.readString(out.resolve("plots/b.tsv")));
        placed.rollBack();
        assertEquals(before, listing(disk.getPath("/")));
    }
}
