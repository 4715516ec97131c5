package org.senescope.workflow;

/** What {@link MergeJob} does with a reviewed row whose {@code decision} is empty. */
public enum UndecidedRows {
    /** Refuse the whole merge, naming every undecided row: nothing is written. */
    FAIL,
    /** Leave undecided rows out of the curation and list them in the result's notes. */
    SKIP
}
