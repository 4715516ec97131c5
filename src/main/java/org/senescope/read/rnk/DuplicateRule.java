package org.senescope.read.rnk;

/** What to do when a gene appears on more than one line of a ranked list. */
public enum DuplicateRule {
    /** Keep the line with the largest absolute statistic (ties: the first); the default. */
    MAX_ABS("kept the line with the largest |statistic|"),
    /** Keep the first line. */
    FIRST("kept the first line"),
    /** Keep one entry whose statistic is the mean of the lines. */
    MEAN("kept the mean of the lines"),
    /** Keep every line (a ranked list may then hold a gene twice). */
    KEEP_ALL("kept every line");

    private final String description;

    DuplicateRule(String description) {
        this.description = description;
    }

    /** The rule in words, for reports. */
    public String description() {
        return description;
    }
}
