package org.senescope.model.overlay;

import java.util.Objects;
import java.util.Optional;

/**
 * A heuristic, not a test: for one curated edge and one condition, whether the edge can be checked against the
 * measured mRNA changes at all and, when it can, whether the two changes point the way the edge says. Only an edge
 * whose relation is stated about expression ({@code Relation.isVisibleInMrna()}: "induces expression of",
 * "upregulates") between two measured gene nodes is testable; every other edge gets the {@link Untestable} reason
 * that excludes it. A testable activating edge agrees when both genes change the same way (TP53 up, CDKN1A up), an
 * inhibiting one when they change opposite ways; it cannot say when either change is not significant or the input has
 * no adjusted p-values. Expression changes of a gene are not the activity of its product, so agreement is a hint for
 * where to look, never evidence. Immutable.
 *
 * @param edgeId    the edge
 * @param condition the condition compared
 * @param check     whether the edge was tested and what came of it
 */
public record EdgeConsistency(String edgeId, String condition, Check check) {

    /** What the table and the edge labels mean; written with every result. */
    public static final String NOTE = "heuristic: only edges stated about expression (induces expression of, "
            + "upregulates) between two measured genes are testable; agree when both genes changed significantly in "
            + "the direction the edge's sign predicts (activating: same direction; inhibiting: opposite), disagree "
            + "when opposite to it, cannot say otherwise; mRNA changes are not protein activity";

    /** What the reason column says of a testable edge. */
    public static final String TESTABLE_REASON = "expression relation between measured genes";

    /** The heuristic's three answers for a testable edge. */
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

    /**
     * Why an edge is not testable, in the order they are checked: the first that applies is given. The first four
     * follow from the network alone, the last from the data.
     */
    public enum Untestable {
        /** A process, cell type, phenotype or other node without genes at one end: no mRNA to measure. */
        NOT_A_GENE("not a gene at one end"),
        /** A negated relation: an effect tested and not found, with no sign to compare. */
        NEGATIVE_FINDING("negative finding, no sign"),
        /** Binding, membership, marking or association: no sign to compare. */
        NO_SIGN("binding, membership or association, no sign"),
        /** A regulation of the target's activity or secretion (p16INK4a activates RB1), which mRNA does not show. */
        POST_TRANSLATIONAL("post-translational or activity relation, not visible in mRNA"),
        /** Both ends are genes, but at least one has no value in this condition. */
        NOT_MEASURED("a gene at one end not measured"),
        /**
         * Both ends measured, but at least one below {@code --min-expression}: its fold change is noise around a
         * count near zero, no evidence of a change.
         */
        NOT_EXPRESSED("a gene at one end not expressed (below --min-expression)");

        private final String label;

        Untestable(String label) {
            this.label = label;
        }

        /** The words written in the reason column. */
        public String label() {
            return label;
        }
    }

    /** Whether the edge was tested, and what came of it. */
    public sealed interface Check permits Tested, NotTested {
    }

    /**
     * A testable edge and its verdict.
     *
     * @param verdict what the heuristic says
     * @param detail  why, in words: the directions seen, or what was missing
     */
    public record Tested(Verdict verdict, String detail) implements Check {
        public Tested {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * An edge that is not evidence either way at the mRNA level.
     *
     * @param reason the first reason that applies
     */
    public record NotTested(Untestable reason) implements Check {
        public NotTested {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public EdgeConsistency {
        Objects.requireNonNull(edgeId, "edgeId");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(check, "check");
    }

    /** True when the edge was tested and so has a verdict. */
    public boolean testable() {
        return check instanceof Tested;
    }

    /** The verdict of a testable edge; empty for an edge that was not tested. */
    public Optional<Verdict> verdict() {
        return check instanceof Tested t ? Optional.of(t.verdict()) : Optional.empty();
    }

    /** The reason column: {@link #TESTABLE_REASON} for a tested edge, else the {@link Untestable} label. */
    public String reason() {
        return check instanceof NotTested n ? n.reason().label() : TESTABLE_REASON;
    }

    /** The verdict's explanation for a tested edge (e.g. "up and up for an activating edge"); empty otherwise. */
    public String detail() {
        return check instanceof Tested t ? t.detail() : "";
    }
}
