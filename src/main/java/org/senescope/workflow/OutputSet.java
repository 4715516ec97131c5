package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.output.AtomicFileWriter;
import org.senescope.output.PlannedFile;

/**
 * The files a job writes, as one set: all of them or, when one fails, none ({@link AtomicFileWriter#writeAll}).
 * Nothing is written until {@link #write()}. Immutable; nulls are not accepted.
 *
 * @param directory where the files go (created when missing)
 * @param files     the files, in the order they are listed to the user
 */
public record OutputSet(Path directory, List<PlannedFile> files) {

    public OutputSet {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
    }

    /**
     * Creates the directory and writes every file, whole or not at all.
     *
     * @throws IOException when the directory cannot be made or a file cannot be written; no file is then changed
     */
    public void write() throws IOException {
        Files.createDirectories(directory);
        AtomicFileWriter.writeAll(files);
    }

    /** The files' paths, in order. */
    public List<Path> paths() {
        return files.stream().map(PlannedFile::target).toList();
    }
}
