package org.senescope.export.files;

import org.senescope.model.format.NetworkFormat;

import org.senescope.export.NetworkWriter;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.output.PlannedFile;

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

    /** This file in {@code directory}, written from {@code network}, as one file of an output set. */
    public PlannedFile plan(Path directory, Network network) {
        Objects.requireNonNull(network, "network");
        return new PlannedFile(directory.resolve(fileName), out -> writer.write(network, out));
    }

    /** Each of {@code files} in {@code directory}, written from {@code network}, as one output set. */
    public static List<PlannedFile> planAll(Path directory, List<OutputFile> files, Network network) {
        return files.stream().map(f -> f.plan(directory, network)).toList();
    }
}
