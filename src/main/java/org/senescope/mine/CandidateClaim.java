package org.senescope.mine;

import java.util.Objects;

import org.senescope.mine.relations.RelationCandidate;

/**
 * A claim the miner proposes: a relation read from one sentence of a document.
 *
 * @param document the document's name
 * @param quote    the sentence, verbatim as a reader sees it (line-end hyphens resolved; {@code …} where a block
 *                 that interrupted the sentence was left out), so the curation's quote check finds it
 * @param relation what was read
 */
public record CandidateClaim(String document, String quote, RelationCandidate relation) {

    public CandidateClaim {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(relation, "relation");
    }
}
