package org.senescope.genes;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a human gene and a mouse gene correspond, counted over the whole gene family as the ortholog source reports it
 * (not just over the genes Senescope's network names), written human side first.
 */
public enum OrthologType {
    /** One human gene, one mouse gene, each the other's only ortholog. */
    ONE_TO_ONE("1:1"),
    /** One human gene with several mouse orthologs. */
    ONE_TO_MANY("1:many"),
    /** Several human genes share one mouse ortholog. */
    MANY_TO_ONE("many:1"),
    /** Families expanded on both sides (RAET1/ULBP, CXCL1-3): every human member pairs with every mouse member. */
    MANY_TO_MANY("many:many"),
    /** A human gene with no mouse ortholog (MICA, MICB); the mouse side is empty. */
    HUMAN_ONLY("human-only"),
    /** A mouse gene with no human ortholog (H60a, H60b, H60c); the human side is empty. */
    MOUSE_ONLY("mouse-only");

    private final String label;

    OrthologType(String label) {
        this.label = label;
    }

    /** The label used in the ortholog table, e.g. {@code 1:1} or {@code human-only}. */
    public String label() {
        return label;
    }

    /** The type with this label. */
    public static Optional<OrthologType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** Whether the pair can be translated without choosing: only for {@link #ONE_TO_ONE}. */
    public boolean isOneToOne() {
        return this == ONE_TO_ONE;
    }

    /** Whether the row pairs a human with a mouse gene (false for the human-only and mouse-only types). */
    public boolean isPair() {
        return this != HUMAN_ONLY && this != MOUSE_ONLY;
    }
}
