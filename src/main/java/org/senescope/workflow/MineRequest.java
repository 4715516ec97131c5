package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to mine ({@code senescope mine}).
 *
 * @param documents documents, at least one: plain text (UTF-8), PDF ({@code .pdf}) or HTML ({@code .html},
 *                  {@code .htm})
 * @param directory the folder {@code candidates.tsv} and {@code entities.tsv} go into
 */
public record MineRequest(List<Path> documents, Path directory) {

    public MineRequest {
        documents = List.copyOf(documents);
        Objects.requireNonNull(directory, "directory");
    }
}
