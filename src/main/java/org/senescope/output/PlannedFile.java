package org.senescope.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file still to be written: where it goes and what goes in it. A list of them is one output set for
 * {@link AtomicFileWriter#writeAll}, written whole or not at all. Nulls are not accepted.
 *
 * @param target  the file's path
 * @param content what to write into it
 */
public record PlannedFile(Path target, AtomicFileWriter.Content content) {
    public PlannedFile {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
    }
}
