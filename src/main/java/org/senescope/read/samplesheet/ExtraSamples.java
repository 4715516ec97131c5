package org.senescope.read.samplesheet;

/** What to do with samples that the groups name but the matrix does not have. */
public enum ExtraSamples {
    /** Refuse the groups, naming the first such sample (the default: a typo should not pass silently). */
    REFUSE,
    /** Leave them out and list them, for sheets that describe more samples than one matrix holds. */
    LEAVE_OUT
}
