package org.senescope.workflow;

import java.util.Objects;

import org.senescope.mine.CandidateClaim;
import org.senescope.mine.relations.RelationCandidate;

/**
 * One candidate claim of {@link MineJob} as the Cytoscape app shows it: a proposed edge, never a curated one. Ids are
 * network node ids, or an HGNC (MGI) symbol for a gene outside the network; labels are the curation's vocabulary.
 *
 * @param source       the source node id (or gene symbol)
 * @param target       the target node id (or gene symbol)
 * @param relation     the relation's label ({@code induces}, {@code not required for} ...)
 * @param sign         {@code +}, {@code -} or {@code 0}
 * @param directed     whether the relation has a direction
 * @param document     the mined document's file name
 * @param quote        the sentence, as candidates.tsv holds it
 * @param evidenceType the evidence type's label
 * @param score        the miner's score, 0 to 1
 * @param why          the miner's reasons
 */
public record ProposedClaim(String source, String target, String relation, String sign, boolean directed,
                            String document, String quote, String evidenceType, double score, String why) {

    public ProposedClaim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(evidenceType, "evidenceType");
        Objects.requireNonNull(why, "why");
    }

    static ProposedClaim of(CandidateClaim c) {
        RelationCandidate r = c.relation();
        return new ProposedClaim(r.source().id(), r.target().id(), r.relation().label(), r.sign().symbol(),
                r.directed(), c.document(), c.quote(), r.evidence().label(), r.score(), r.why());
    }
}
