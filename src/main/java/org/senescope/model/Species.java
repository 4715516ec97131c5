package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/** The organism a gene or a claim belongs to; {@link #UNSPECIFIED} where a source does not say. */
public enum Species {
    HUMAN("human", 9606),
    MOUSE("mouse", 10090),
    UNSPECIFIED("unspecified", 0);

    private final String label;
    private final int taxonId;

    Species(String label, int taxonId) {
        this.label = label;
        this.taxonId = taxonId;
    }

    public String label() {
        return label;
    }

    /** NCBI Taxonomy id, or 0 for {@link #UNSPECIFIED}. */
    public int taxonId() {
        return taxonId;
    }

    public static Optional<Species> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
