package org.senescope.output;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A file a run would write already exists, and the run was not allowed to replace files. Thrown before anything is
 * written, so the folder is left as it was. {@link #getFile()} is the file, {@link #getReason()} says what to do.
 */
public final class ExistingOutputException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /** @param file the file that exists where the run would write */
    public ExistingOutputException(Path file) {
        super(file.toString(), null, "already exists; nothing written (use --overwrite to replace it)");
    }
}
