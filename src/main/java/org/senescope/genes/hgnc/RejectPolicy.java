package org.senescope.genes.hgnc;

/**
 * What to do with a data line that does not split into the 13 tab-separated fields BioJava's
 * {@code GeneNamesParser} requires; named like FastCSV's field-mismatch strategies.
 */
public enum RejectPolicy {
    /** Stop at the first such line with a {@link org.senescope.failure.InputFormatException} naming it. */
    FAIL,
    /** Skip it and list it in {@link HgncReadResult#rejectedLines()}. */
    SKIP
}
