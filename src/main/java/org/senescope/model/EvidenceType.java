package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/** Where the support for a claim comes from, and so how much weight it can bear. */
public enum EvidenceType {
    /** A result the seed's own authors report. */
    SEED_FINDING("finding reported in the seed"),
    /** Earlier work the seed cites as established. */
    CITED_PRIOR_WORK("prior work the seed cites"),
    /** A general statement of a review, commentary or news piece. */
    REVIEW_CLAIM("review claim"),
    /** A proposal or interpretation the seed itself marks as tentative. */
    HYPOTHESIS("hypothesis"),
    /** A tested effect that was absent. Kept as data, never dropped. */
    NEGATIVE_FINDING("negative finding"),
    /** Knowledge from outside the seeds; carries no seed and no quote. */
    BACKGROUND("background");

    private final String label;

    EvidenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EvidenceType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
