package org.senescope.io;

import java.util.Objects;

/**
 * One file a {@link NetworkFormat} produces: its name (base name plus extension) and the writer of its content.
 * Nulls are not accepted.
 */
public record OutputFile(String fileName, NetworkWriter writer) {
    public OutputFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(writer, "writer");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("file name is blank");
        }
    }
}
