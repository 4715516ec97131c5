package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.senescope.output.FileSetPlacement;
import org.senescope.output.InputOverwriteException;
import org.senescope.output.PlannedFile;

/**
 * The files a job writes, as one set: nothing is on disk until {@link #write}, which writes them whole or not at
 * all ({@link FileSetPlacement}), never over a file the job read, and over another existing file only when asked. Immutable; nulls are not accepted.
 *
 * <p>Every file lies in {@code directory} or below it (compared after normalising both, so a name with {@code ..}
 * cannot leave it); a set that would write elsewhere is a programming error and is refused on construction with an
 * {@link IllegalArgumentException}: names that come from users are checked where they are read.
 *
 * @param directory the folder the files go into (made by {@link #write} when missing)
 * @param files     the files, in the order they are reported; each target lies in {@code directory} or below it
 * @param inputs    the files the job read, none of which {@link #write} may replace
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
     * Checks that no file would replace an input, then writes every file, whole or not at all, through a staging
     * folder inside {@code directory} ({@link FileSetPlacement}); makes {@code directory} and any sub-folder when
     * missing. Without files it does nothing.
     *
     * @param existing what to do with a file that exists where one of the set goes
     * @throws InputOverwriteException when a file is one of the inputs: the same path once links and {@code ..} are
     *                                 resolved, or a hard link of it (nothing is then written)
     * @throws java.nio.file.FileSystemException naming the file, when one exists and {@code existing} refuses it, a
     *                                 folder is where it would go, or it cannot be written (nothing is then changed)
     */
    public void write(ExistingFiles existing) throws IOException {
        if (!files.isEmpty()) {
            place(existing).keep();
        }
    }

    /**
     * Writes the set into {@code directory}, but only if the folder is new or empty or {@code existing} allows
     * replacing: for a job that promises a folder of its own ({@code demo}).
     *
     * @throws java.nio.file.FileSystemException naming the folder, when it holds files and {@code existing} refuses
     *                                           them (nothing is then written); else as {@link #write}
     */
    public void writeIntoNewFolder(ExistingFiles existing) throws IOException {
        if (existing == ExistingFiles.REFUSE && Files.isDirectory(directory)) {
            try (Stream<Path> held = Files.list(directory)) {
                if (held.findAny().isPresent()) {
                    throw new FileSystemException(directory.toString(), null,
                            "is a folder that is not empty; nothing written (use --overwrite to write into it)");
                }
            }
        }
        write(existing);
    }

    /**
     * Like {@link #write}, but keeps what the files replaced until the caller keeps or rolls back the placement: for
     * a job that writes a second set that needs the first on disk ({@code gsea}'s module figure reads its table).
     */
    FileSetPlacement place(ExistingFiles existing) throws IOException {
        for (PlannedFile file : files) {
            Optional<Path> input = inputAt(file.target());
            if (input.isPresent()) {
                throw new InputOverwriteException(file.target(), input.get());
            }
        }
        return FileSetPlacement.place(directory, files, existing == ExistingFiles.REPLACE);
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
