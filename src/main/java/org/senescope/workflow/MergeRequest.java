package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to merge ({@code senescope merge}): reviewed candidates into a copy of a curation.
 *
 * @param reviewed  a candidates.tsv of {@code senescope mine} with its {@code decision} (and {@code note}) column filled
 * @param curation  the curation folder to start from (read, never changed)
 * @param seeds     the seed documents the curation and the accepted candidates quote
 * @param directory the new curation folder: the curation's files with the accepted claims added, and
 *                  {@code rejected.tsv}
 * @param undecided what to do with a row whose decision is empty
 */
public record MergeRequest(Path reviewed, Path curation, Path seeds, Path directory, UndecidedRows undecided) {

    public MergeRequest {
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(undecided, "undecided");
    }
}
