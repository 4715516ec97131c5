package org.senescope.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A set of files put into a folder whole or not at all, through a hidden staging folder inside it (so on the same
 * file system): {@link #place} writes every file in full into {@code .senescope-staging-<random>/new/}, forced to
 * disk, and only then renames them into place one after the other; a file it replaces is first renamed into
 * {@code .senescope-staging-<random>/old/}. The placement then waits for {@link #keep()}, which deletes the staging
 * folder with the old files, or {@link #rollBack()}, which takes the new files away, puts the old ones back and removes
 * the folders it made, so that one run can write several sets and undo the first when a later one fails.
 *
 * <p>On any failure of {@link #place} (a full disk, a denied permission, a folder where a file would go) everything
 * is rolled back before the failure is thrown: no new file, no staging folder and no folder it made remain, and every
 * file it replaced is back. A file that exists where the set would write is refused before anything is written, unless
 * replacing is allowed; a folder there is always refused. Each file appears by a rename, which fails rather than
 * replace a file that appeared meanwhile. Works on any {@link java.nio.file.FileSystem}. Not thread-safe.
 */
public final class FileSetPlacement {

    /** How the staging folder's name begins. */
    public static final String STAGING_PREFIX = ".senescope-staging-";

    private final Path folder;
    private final Path staging;
    private final List<Path> madeFolders;
    private final List<Path> placed = new ArrayList<>();
    private final Map<Path, Path> replaced = new LinkedHashMap<>();

    private FileSetPlacement(Path folder, Path staging, List<Path> madeFolders) {
        this.folder = folder;
        this.staging = staging;
        this.madeFolders = new ArrayList<>(madeFolders);
    }

    /**
     * Writes {@code files} into {@code directory} (made when missing), whole or not at all, keeping what they replace
     * until {@link #keep()} or {@link #rollBack()}.
     *
     * @param directory       the folder; every target lies in it or below it
     * @param files           the files, placed in this order
     * @param replaceExisting whether a file that exists where one of {@code files} goes may be replaced
     * @throws ExistingOutputException    when a file exists at a target and replacing is not allowed
     * @throws FileAlreadyExistsException naming {@code directory}, when it is a file
     * @throws FileSystemException     naming the target (or the folder) and the reason, when a file or folder cannot
     *                                 be written or a folder is where a file would go; then nothing is changed
     */
    public static FileSetPlacement place(Path directory, List<PlannedFile> files, boolean replaceExisting)
            throws IOException {
        for (PlannedFile file : files) {
            checkTarget(file.target(), replaceExisting);
        }
        Path folder = directory.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(directory.toString());
        }
        List<Path> made = makeFolders(folder);
        Path staging;
        try {
            staging = Files.createDirectory(folder.resolve(STAGING_PREFIX + UUID.randomUUID()));
        } catch (IOException e) {
            deleteEmptyFolders(made);
            throw naming(directory, e);
        }
        FileSetPlacement placement = new FileSetPlacement(folder, staging, made);
        try {
            placement.stage(files);
            placement.moveIn(files, replaceExisting);
        } catch (IOException | RuntimeException | Error e) {
            placement.rollBack(e);
            throw e;
        }
        return placement;
    }

    /** Keeps the files placed: deletes the staging folder and the files they replaced. */
    public void keep() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // The set is complete and in place; a staging folder that cannot be removed is hidden clutter, not a
            // reason to fail the run.
        }
    }

    /** Undoes {@link #place}: removes the files placed, restores the ones they replaced, removes the folders made. */
    public void rollBack() throws IOException {
        IOException failure = new IOException("could not undo the writing of every file in " + folder);
        rollBack(failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    /** Rolls back, adding every step that fails to {@code failure} as suppressed. */
    private void rollBack(Throwable failure) {
        for (int i = placed.size() - 1; i >= 0; i--) {
            Path target = placed.get(i);
            attempt(failure, () -> Files.deleteIfExists(target));
        }
        replaced.forEach((target, old) -> attempt(failure, () -> Files.move(old, target)));
        attempt(failure, () -> deleteTree(staging));
        deleteEmptyFolders(madeFolders);
    }

    /** One step of a clean-up. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static void attempt(Throwable failure, Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void stage(List<PlannedFile> files) throws IOException {
        for (PlannedFile file : files) {
            Path staged = inStaging("new", file.target());
            try {
                Files.createDirectories(parentOf(staged));
                Files.createFile(staged);
                AtomicFileWriter.writeInto(staged, file.content());
            } catch (IOException e) {
                throw naming(file.target(), e);
            }
        }
    }

    private void moveIn(List<PlannedFile> files, boolean replaceExisting) throws IOException {
        for (PlannedFile file : files) {
            Path target = file.target();
            checkTarget(target, replaceExisting);
            try {
                madeFolders.addAll(makeFolders(parentOf(target)));
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path old = inStaging("old", target);
                    Files.createDirectories(parentOf(old));
                    Files.move(target, old);
                    replaced.put(target, old);
                }
                Files.move(inStaging("new", target), target);
                placed.add(target);
            } catch (IOException e) {
                throw naming(target, e);
            }
        }
    }

    /** Where {@code target}'s new or old content waits in the staging folder. */
    private Path inStaging(String part, Path target) {
        return staging.resolve(part).resolve(folder.relativize(target.toAbsolutePath().normalize()).toString());
    }

    /** The folder {@code file} lies in; every file of a set lies in a folder. */
    private static Path parentOf(Path file) {
        return Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder");
    }

    private static void checkTarget(Path target, boolean replaceExisting) throws FileSystemException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null,
                    "is a folder where a file would be written; nothing written");
        }
        if (!replaceExisting && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExistingOutputException(target);
        }
    }

    /** Makes {@code folder} and its missing parents; returns those it made, outermost first. */
    private static List<Path> makeFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        List<Path> made = new ArrayList<>();
        try {
            for (Path p : missing) {
                made.add(Files.createDirectory(p));
            }
        } catch (IOException e) {
            deleteEmptyFolders(made);
            throw e;
        }
        return made;
    }

    /** Deletes {@code folders}, innermost first, each only when empty. */
    private static void deleteEmptyFolders(List<Path> folders) {
        for (int i = folders.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(folders.get(i));
            } catch (IOException e) {
                // Not empty (someone else put a file there) or not ours to delete any more: leave it.
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * {@code failure} restated about {@code path} (the file the user named, not the staging file it happened on), in
     * one line: the path, the reason, and that nothing was written.
     */
    private static FileSystemException naming(Path path, IOException failure) {
        if (failure instanceof ExistingOutputException existing) {
            return existing;
        }
        FileSystemException named = new FileSystemException(path.toString(), null,
                reasonOf(failure) + "; nothing written");
        named.initCause(failure);
        return named;
    }

    private static String reasonOf(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = failure.getMessage();
        return message == null || failure instanceof FileSystemException ? failure.getClass().getSimpleName()
                : message;
    }
}
