package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.output.AtomicFileWriter;
import org.senescope.output.PlannedFile;

/**
 * The files a job writes, as one set: nothing is on disk until {@link #write()}, which writes them whole or not at
 * all ({@link AtomicFileWriter#writeAll}). Immutable; nulls are not accepted.
 *
 * @param directory the folder the files go into (created by {@link #write()} when missing)
 * @param files     the files, in the order they are reported; each target lies in {@code directory} or below it
 */
public record OutputSet(Path directory, List<PlannedFile> files) {

    public OutputSet {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
    }

    /** No files, for a job run without a folder to write into (the Cytoscape app's GSEA): writing does nothing. */
    public static OutputSet empty() {
        return new OutputSet(Path.of(""), List.of());
    }

    /**
     * Creates the folder (and any sub-folder a file goes into) and writes every file, whole or not at all; without
     * files it does nothing.
     *
     * @throws IOException when a folder cannot be made or a file cannot be written (no file is then changed)
     */
    public void write() throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Files.createDirectories(directory);
        for (PlannedFile file : files) {
            Files.createDirectories(file.target().toAbsolutePath().getParent());
        }
        AtomicFileWriter.writeAll(files);
    }

    /** The files' paths, in order. */
    public List<Path> paths() {
        return files.stream().map(PlannedFile::target).toList();
    }
}
