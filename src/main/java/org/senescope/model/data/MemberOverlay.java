package org.senescope.model.data;

import java.util.List;
import java.util.Objects;

/**
 * What a user's data say about one measured member of a family or complex node (IL12A of IL-12, MICA of the NKG2D
 * ligands), or about a gene whose one measurement stands for several nodes (one CDKN2A transcript for p16INK4a and
 * ARF).
 *
 * @param symbol          the member's gene symbol (HGNC, or MGI for mouse data)
 * @param inputIdentifier the identifier of the input row(s) its values came from
 * @param measurements    one per condition of the overlay, in its order
 * @param sharedWith      the other nodes the same measurement was laid on, in network order; empty when the
 *                        measurement is this node's alone
 */
public record MemberOverlay(String symbol, String inputIdentifier, List<Measurement> measurements,
                            List<String> sharedWith) {
    public MemberOverlay {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(inputIdentifier, "inputIdentifier");
        measurements = List.copyOf(measurements);
        sharedWith = List.copyOf(sharedWith);
    }

    /** Whether one measurement stands for this node and others (a gene with several products). */
    public boolean shared() {
        return !sharedWith.isEmpty();
    }
}
