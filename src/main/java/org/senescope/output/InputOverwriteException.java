package org.senescope.output;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file a run was about to write is one of the files it read (the same path, a link to it, or a hard link of it).
 * Thrown before anything is written, so the input keeps its bytes. {@link #getFile()} is the output as named,
 * {@link #getOtherFile()} the input as named, and {@link #getReason()} says both in one line.
 */
public final class InputOverwriteException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param output the file that would have been written, as the run named it
     * @param input  the input it would have replaced, as the run named it
     */
    public InputOverwriteException(Path output, Path input) {
        super(output.toString(), input.toString(), "would overwrite the input " + input + "; nothing written");
    }
}
