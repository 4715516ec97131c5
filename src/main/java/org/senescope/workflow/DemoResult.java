package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The demo made and not yet written. Immutable.
 *
 * @param directory where everything goes
 * @param contents  every file with what it is, in the order of {@code files}
 * @param notes     how the simulated tables reached the network, one line each
 * @param files     the network, the tables and the figure set, to be written as one set
 */
public record DemoResult(Path directory, List<DemoResult.Content> contents, List<String> notes, OutputSet files) {

    public DemoResult {
        Objects.requireNonNull(directory, "directory");
        contents = List.copyOf(contents);
        notes = List.copyOf(notes);
        Objects.requireNonNull(files, "files");
    }

    /**
     * One file and what it is.
     *
     * @param path the file
     * @param what one line for the summary
     */
    public record Content(Path path, String what) {
        public Content {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(what, "what");
        }
    }
}
