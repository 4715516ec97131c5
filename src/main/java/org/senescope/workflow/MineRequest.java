package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to mine ({@code senescope mine}).
 *
 * @param documents plain-text documents (UTF-8), at least one
 * @param directory the folder {@code candidates.tsv} and {@code entities.tsv} go into
 */
public record MineRequest(List<Path> documents, Path directory) {

    public MineRequest {
        documents = List.copyOf(documents);
        Objects.requireNonNull(directory, "directory");
    }
}
