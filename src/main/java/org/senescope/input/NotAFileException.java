package org.senescope.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A path given as an input file that is a folder, a named pipe (FIFO), a device, a socket or another special file.
 * Such a path is refused by {@link #requireRegularFile(Path)} before anything opens it: opening a FIFO with no writer
 * would block for ever, reading a device such as {@code /dev/zero} never ends, and reading a folder fails with the
 * system's bare "Is a directory", which names no file. An I/O failure (exit 74 on the command line), not bad data:
 * there is no content to blame. The message is one line, {@code path: is a folder; expected a file}. Immutable.
 */
public final class NotAFileException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /** The file-type bits of {@code unix:mode} and the words for each. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private NotAFileException(Path file, String what) {
        super(file.toString(), null, "is " + what + "; expected a file");
    }

    /**
     * Returns normally when {@code file} is a regular file (a symbolic link is followed); never opens it.
     *
     * @throws NotAFileException              when it is a folder or a special file, saying which
     * @throws java.nio.file.NoSuchFileException when there is nothing at {@code file}
     * @throws IOException                    when its attributes cannot be read
     */
    public static void requireRegularFile(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isRegularFile()) {
            return;
        }
        throw new NotAFileException(file, a.isDirectory() ? "a folder" : special(file));
    }

    /** What a special file is, from its mode where the platform tells it (Linux and macOS do). */
    private static String special(Path file) {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
        return switch (type) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "not a regular file";
        };
    }
}
