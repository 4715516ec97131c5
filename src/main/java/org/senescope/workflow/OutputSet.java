package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.output.AtomicFileWriter;
import org.senescope.output.PlannedFile;

/**
 * The files a job made, still to be written, as one set: {@link #write()} puts every one in place or, when any fails,
 * none (see {@link AtomicFileWriter#writeAll}). Nothing is written before {@link #write()}, so a front end may drop
 * the set (a cancelled task) at no cost. Immutable; nulls are not accepted.
 *
 * @param directory the folder the files go into, created by {@link #write()} when missing
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
     * @throws IOException when the folder or a file cannot be written; then no file of the set is changed
     */
    public void write() throws IOException {
        Files.createDirectories(directory);
        AtomicFileWriter.writeAll(files);
    }

    /** The paths of the files, in order. */
    public List<Path> paths() {
        return files.stream().map(PlannedFile::target).toList();
    }
}
