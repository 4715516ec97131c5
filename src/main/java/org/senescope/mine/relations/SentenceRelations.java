package org.senescope.mine.relations;

import java.util.List;
import java.util.Objects;

/**
 * The relations read in one sentence, and what its main relation leaves for the next sentence's anaphors.
 *
 * @param candidates  the relations, refined as the caller asked
 * @param antecedents the main relation's subjects and objects, or {@link Antecedents#none()} when it has none
 */
public record SentenceRelations(List<RelationCandidate> candidates, Antecedents antecedents) {

    public SentenceRelations {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(antecedents, "antecedents");
    }
}
