package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the support for a claim comes from, and so how much weight it can bear. Each type is also an evidence level at
 * which an edge is drawn (see {@code Edge.evidenceLevel()}) and by which figures may be filtered.
 */
public enum EvidenceType {
    /** A result the seed's own authors report. */
    SEED_FINDING("finding reported in the seed", "finding", 5),
    /** Earlier work the seed cites as established. */
    CITED_PRIOR_WORK("prior work the seed cites", "prior-work", 4),
    /** A general statement of a review, commentary or news piece. */
    REVIEW_CLAIM("review claim", "review", 3),
    /** A proposal or interpretation the seed itself marks as tentative. */
    HYPOTHESIS("hypothesis", "hypothesis", 1),
    /** A tested effect that was absent. Kept as data, never dropped. */
    NEGATIVE_FINDING("negative finding", "negative", 0),
    /** Knowledge from outside the seeds; carries no seed and no quote. */
    BACKGROUND("background", "background", 2);

    private final String label;
    private final String key;
    private final int strength;

    EvidenceType(String label, String key, int strength) {
        this.label = label;
        this.key = key;
        this.strength = strength;
    }

    /** The one-word name used on the command line ({@code --evidence finding,prior-work}) and in recipes. */
    public String key() {
        return key;
    }

    /**
     * Whether this type supports a relation more strongly than {@code other}: a seed's own finding, then prior work it
     * cites, a review's claim, background knowledge (established, but from outside the seeds), and a hypothesis last.
     * A negative finding supports no effect; it never meets the others on one edge, whose relation is either negated
     * or not.
     */
    public boolean strongerThan(EvidenceType other) {
        return strength > other.strength;
    }

    public static Optional<EvidenceType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public String label() {
        return label;
    }

    public static Optional<EvidenceType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
