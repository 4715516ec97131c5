package org.senescope.model.overlay;

/**
 * Which measured genes count as expressed: all of them ({@link #NONE}), or those whose mean expression is at least a
 * minimum ({@link AtLeast}, {@code --min-expression}). A gene below it is drawn "not expressed" rather than as a
 * change, since a fold change of a gene with a handful of reads says nothing. Immutable.
 */
public sealed interface ExpressionFilter permits ExpressionFilter.None, ExpressionFilter.AtLeast {

    /** No filter: every measured gene counts as expressed. */
    ExpressionFilter NONE = new None();

    /** No filter. */
    record None() implements ExpressionFilter {
    }

    /**
     * Genes whose mean expression is below {@code minimum}, in the unit of the table's expression column, are not
     * expressed.
     *
     * @param minimum finite
     */
    record AtLeast(double minimum) implements ExpressionFilter {
        public AtLeast {
            if (!Double.isFinite(minimum)) {
                throw new IllegalArgumentException("a minimum expression is a finite number: " + minimum);
            }
        }
    }
}
