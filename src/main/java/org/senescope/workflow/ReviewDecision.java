package org.senescope.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A curator's verdict on one candidate claim, the {@code decision} column of a reviewed candidates.tsv. */
public enum ReviewDecision {
    /** Merge the candidate as the miner proposed it. */
    ACCEPT,
    /** Leave it out; it is recorded, with the curator's note, in {@code rejected.tsv}. */
    REJECT,
    /** Merge the candidate as the curator changed its cells. */
    EDIT;

    /** The word a curator writes: {@code accept}, {@code reject}, {@code edit}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The decision a cell names (case and surrounding spaces ignored); empty for any other text. */
    static Optional<ReviewDecision> fromLabel(String cell) {
        String word = cell.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.label().equals(word)).findFirst();
    }
}
