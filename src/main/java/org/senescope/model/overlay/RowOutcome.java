package org.senescope.model.overlay;

/** The one category each input row ends in, in the mapping report. */
public enum RowOutcome {
    /** Its values were given to one or more nodes. */
    USED("used"),
    /**
     * Its values were given to nodes, but its mean expression is below {@code --min-expression}: drawn "not
     * expressed", not as a change.
     */
    NOT_EXPRESSED("used but drawn not expressed (below --min-expression)"),
    /** It reached nodes that another row of the same node was chosen for, by the duplicate rule. */
    NOT_CHOSEN("duplicate: another row chosen for its node(s)"),
    /** A known gene, but no network node names it. */
    NOT_ON_NETWORK("gene not on the network"),
    /** The identifier is in no table. */
    UNKNOWN_IDENTIFIER("identifier not recognised"),
    /** The identifier names several genes, so it was not used. */
    AMBIGUOUS_IDENTIFIER("ambiguous identifier: not used"),
    /** An Excel-damaged name whose repair is not unambiguous. */
    EXCEL_DAMAGED("Excel-damaged name: not repaired"),
    /** The identifier cell is empty or NA. */
    NO_IDENTIFIER("no identifier"),
    /** Every value of the row is missing: NA, NaN, empty (or another spelling of a missing value). */
    NO_VALUE("no value (NA, NaN or empty)"),
    /**
     * No value of the row is a finite number and at least one is infinite: {@code Inf}, {@code -Inf},
     * {@code Infinity} or a number beyond the double range such as {@code 1e309}. Not drawn, like a missing value.
     */
    NOT_FINITE("infinite value (Inf or beyond ±1.8e308)");

    private final String label;

    RowOutcome(String label) {
        this.label = label;
    }

    /** Words for reports. */
    public String label() {
        return label;
    }
}
