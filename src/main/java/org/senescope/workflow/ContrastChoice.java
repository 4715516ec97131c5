package org.senescope.workflow;

import java.util.Objects;

/**
 * Which two sample groups a job compares: not named (the job then lists the groups, as limma's reference level is a
 * choice the data cannot make), or named as {@code TEST-REFERENCE} ({@link GroupContrast#parse}).
 */
public sealed interface ContrastChoice {

    /** No contrast was named. */
    record Unspecified() implements ContrastChoice {
    }

    /**
     * The contrast as the user wrote it, e.g. {@code MUT-WT}.
     *
     * @param spec {@code TEST-REFERENCE}, read against the groups once they are known
     */
    record Named(String spec) implements ContrastChoice {
        public Named {
            Objects.requireNonNull(spec, "spec");
        }
    }
}
