package org.senescope.model.overlay;

import java.util.Objects;

/**
 * A heuristic, not a test: for a signed curated edge between two measured gene nodes, whether the two changes point the
 * way the edge says. An activating edge agrees when both nodes change the same way (TP53 up, CDKN1A up), an inhibiting
 * edge when they change opposite ways. It says nothing when either change is not significant, when the input has no
 * adjusted p-values, or when the edge is a negative finding or unsigned. Expression changes of a gene are not the
 * activity of its product, so agreement is a hint for where to look, never evidence. Immutable.
 *
 * @param edgeId    the edge
 * @param condition the condition compared
 * @param verdict   what the heuristic says
 * @param reason    why, in words
 */
public record EdgeConsistency(String edgeId, String condition, Verdict verdict, String reason) {

    /** What the edge label means; written with every result. */
    public static final String NOTE = "heuristic: agree when both genes changed significantly in the direction the "
            + "edge's sign predicts (activating: same direction; inhibiting: opposite), disagree when opposite to "
            + "it, cannot say otherwise; mRNA changes are not protein activity";

    /** The heuristic's three answers. */
    public enum Verdict {
        /** Both changed significantly, the way the edge's sign predicts. */
        AGREE("agree"),
        /** Both changed significantly, against the edge's sign. */
        DISAGREE("disagree"),
        /** Not both changed significantly, or no adjusted p-values. */
        CANNOT_SAY("cannot say");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        /** The word written in tables and edge labels: {@code agree}, {@code disagree}, {@code cannot say}. */
        public String label() {
            return label;
        }
    }

    public EdgeConsistency {
        Objects.requireNonNull(edgeId, "edgeId");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
