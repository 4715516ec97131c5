package org.senescope.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes files so that no half-written output ever exists: content goes to a hidden temporary file in the target's
 * directory, is forced to disk, and is then moved over the target atomically where the file system can (else with a
 * plain replacing move). On any failure the temporary file is deleted and an existing target is left as it was.
 *
 * <p>Stateless and thread-safe; nulls are not accepted; every failure is an {@link IOException}.
 */
public final class AtomicFileWriter {

    /** Content to put in a file. Implementations write to the stream and must not close it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Writes {@code content} to {@code target}, replacing it whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = writeTemporary(target, content);
        try {
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /**
     * Writes a set of files whole or not at all: every file is first written in full to a temporary file beside its
     * target; only when all succeeded are they moved into place, one after the other. So a failing writer leaves no
     * file changed; only a failure of the moves themselves (a full disk cannot cause one) can leave the set
     * part-replaced.
     */
    public static void writeAll(List<PlannedFile> files) throws IOException {
        List<Path> temps = new ArrayList<>();
        try {
            for (PlannedFile file : files) {
                temps.add(writeTemporary(file.target(), file.content()));
            }
            for (int i = 0; i < temps.size(); i++) {
                moveIntoPlace(temps.get(i), files.get(i).target());
            }
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path writeTemporary(Path target, Content content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path temp = createTemporary(target);
        try {
            writeInto(temp, content);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Writes {@code content} into the existing file {@code file} and forces it to disk; no clean-up on failure. */
    static void writeInto(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * A new empty file beside {@code target}, hidden by a leading dot. Created with the directory's default
     * permissions rather than {@link Files#createTempFile}'s owner-only ones, which the moved file would keep.
     */
    private static Path createTemporary(Path target) throws IOException {
        Path directory = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file has a directory");
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
