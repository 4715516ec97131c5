package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.senescope.output.AtomicFileWriter;
import org.senescope.output.InputOverwriteException;
import org.senescope.output.PlannedFile;

/**
 * The files a job writes, as one set: nothing is on disk until {@link #write()}, which writes them whole or not at
 * all ({@link AtomicFileWriter#writeAll}), and never over a file the job read. Immutable; nulls are not accepted.
 *
 * <p>Every file lies in {@code directory} or below it (compared after normalising both, so a name with {@code ..}
 * cannot leave it); a set that would write elsewhere is a programming error and is refused on construction with an
 * {@link IllegalArgumentException}: names that come from users are checked where they are read.
 *
 * @param directory the folder the files go into (created by {@link #write()} when missing)
 * @param files     the files, in the order they are reported; each target lies in {@code directory} or below it
 * @param inputs    the files the job read, none of which {@link #write()} may replace
 */
public record OutputSet(Path directory, List<PlannedFile> files, List<Path> inputs) {

    public OutputSet {
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
        inputs = List.copyOf(inputs);
        Path folder = directory.toAbsolutePath().normalize();
        for (PlannedFile file : files) {
            Path target = file.target().toAbsolutePath().normalize();
            if (!target.startsWith(folder) || target.equals(folder)) {
                throw new IllegalArgumentException(file.target() + " is not inside the output folder " + directory);
            }
        }
    }

    /** The files in {@code directory}, with no inputs to protect. */
    public OutputSet(Path directory, List<PlannedFile> files) {
        this(directory, files, List.of());
    }

    /** No files, for a job run without a folder to write into (the Cytoscape app's GSEA): writing does nothing. */
    public static OutputSet empty() {
        return new OutputSet(Path.of(""), List.of());
    }

    /** The same files, also protecting {@code read}: the files the job read. */
    public OutputSet reading(Collection<Path> read) {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(read);
        return new OutputSet(directory, files, all);
    }

    /**
     * Checks that no file would replace an input, then creates the folder (and any sub-folder a file goes into) and
     * writes every file, whole or not at all; without files it does nothing.
     *
     * @throws InputOverwriteException when a file is one of the inputs: the same path once links and {@code ..} are
     *                                 resolved, or a hard link of it (nothing is then written)
     * @throws IOException             when a folder cannot be made or a file cannot be written (no file is then
     *                                 changed)
     */
    public void write() throws IOException {
        if (files.isEmpty()) {
            return;
        }
        for (PlannedFile file : files) {
            Optional<Path> input = inputAt(file.target());
            if (input.isPresent()) {
                throw new InputOverwriteException(file.target(), input.get());
            }
        }
        Files.createDirectories(directory);
        for (PlannedFile file : files) {
            Files.createDirectories(file.target().toAbsolutePath().getParent());
        }
        AtomicFileWriter.writeAll(files);
    }

    /** The input {@code target} would replace, if any. */
    private Optional<Path> inputAt(Path target) throws IOException {
        Path real = realPath(target);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue;
            }
            if (realPath(input).equals(real) || (Files.exists(target) && Files.isSameFile(target, input))) {
                return Optional.of(input);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code path} with links and {@code ..} resolved, also for a file not yet made: the real path of its nearest
     * existing ancestor with the rest of its names after it.
     */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }

    /** The files' paths, in order. */
    public List<Path> paths() {
        return files.stream().map(PlannedFile::target).toList();
    }
}
