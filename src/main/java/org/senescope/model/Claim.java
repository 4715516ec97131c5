package org.senescope.model;

import java.util.Objects;

/**
 * One curated statement: source relates to target, backed by one citation. Claims with the same source, target and
 * relation merge into one {@link Edge}.
 *
 * @param sourceId     id of the source node
 * @param targetId     id of the target node
 * @param relation     what the source does to the target
 * @param sign         the effect on the target; one the relation admits
 * @param directed     false for symmetric statements
 * @param evidenceType how the citation supports the claim; {@code BACKGROUND} exactly when the citation is background,
 *                     {@code NEGATIVE_FINDING} exactly when the relation is negated
 * @param citation     the seed quote or background statement
 * @param species      the organism the claim was made in
 * @param model        the experimental model in the source's words, or empty when none is named
 * @param confidence   stated or implied by the source
 * @param note         the curator's note, or empty
 * @param curatedAt    where in the curation the claim was written
 */
public record Claim(
        String sourceId,
        String targetId,
        Relation relation,
        Sign sign,
        boolean directed,
        EvidenceType evidenceType,
        Citation citation,
        Species species,
        String model,
        Confidence confidence,
        String note,
        SourceLine curatedAt) {

    public Claim {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(evidenceType, "evidenceType");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(curatedAt, "curatedAt");
        if (!relation.admits(sign)) {
            throw new IllegalArgumentException(curatedAt + ": relation '" + relation.label() + "' does not admit sign "
                    + sign.symbol());
        }
        if ((evidenceType == EvidenceType.BACKGROUND) != (citation instanceof Citation.Background)) {
            throw new IllegalArgumentException(curatedAt + ": background evidence and only background evidence has no seed quote");
        }
        if ((evidenceType == EvidenceType.NEGATIVE_FINDING) != relation.isNegated()) {
            throw new IllegalArgumentException(curatedAt + ": a negative finding needs a negated relation and vice versa");
        }
    }

    /** The key under which claims merge into one edge. */
    public EdgeKey edgeKey() {
        return new EdgeKey(sourceId, targetId, relation);
    }
}
