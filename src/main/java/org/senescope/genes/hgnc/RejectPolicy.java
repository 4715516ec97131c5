package org.senescope.genes.hgnc;

/**
 * What to do with a data line of an HGNC file that is not a gene: not 13 tab-separated fields, or no approved symbol
 * or HGNC ID. Named like FastCSV's field-mismatch strategies.
 */
public enum RejectPolicy {
    /** Stop at the first such line with a {@link org.senescope.failure.InputFormatException} naming it. */
    FAIL,
    /** Skip it and list it in {@link HgncReadResult#rejectedLines()}. */
    SKIP
}
