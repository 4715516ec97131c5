package org.senescope.mine.relations;

import java.util.List;
import java.util.Objects;

import org.senescope.mine.entities.Concept;
import org.senescope.model.EvidenceType;
import org.senescope.model.Relation;
import org.senescope.model.Sign;
import org.senescope.model.Species;

/**
 * A relation a sentence states between two concepts, as the miner read it: a proposal, not a claim.
 *
 * @param source      the subject
 * @param target      the object
 * @param relation    the relation; a negated one ({@link Relation#isNegated()}) for a negative finding
 * @param sign        its sign, {@link Sign#NONE} for associations and negative findings
 * @param evidence    the kind of evidence the wording suggests
 * @param species     mouse or human when the sentence says so, else unspecified
 * @param triggers    the words that state the relation, and any negation, hedge or loss-of-function words
 * @param negated     whether the sentence denies the relation
 * @param hedged      whether the sentence only proposes it (may, could, might, possibly, suggest ...)
 * @param lossOfFunction whether the subject is named through its loss (loss of, mutations, neutralization of ...)
 * @param why         how the reading came about, for the curator
 * @param score       from 0 to 1: higher when subject, trigger and object are close and the wording is plain
 */
public record RelationCandidate(
        Concept source,
        Concept target,
        Relation relation,
        Sign sign,
        EvidenceType evidence,
        Species species,
        List<String> triggers,
        boolean negated,
        boolean hedged,
        boolean lossOfFunction,
        String why,
        double score) {

    public RelationCandidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(species, "species");
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(why, "why");
    }

    /** This candidate with {@code newTarget} as its target, and why it was changed added to {@link #why}. */
    public RelationCandidate withTarget(Concept newTarget, String reason) {
        return new RelationCandidate(source, newTarget, relation, sign, evidence, species, triggers, negated, hedged,
                lossOfFunction, why + "; " + reason, score);
    }

    /** Whether it is drawn with an arrow: every relation but a plain association. */
    public boolean directed() {
        return relation != Relation.ASSOCIATED_WITH;
    }
}
