package org.senescope.model.data;

import java.util.List;
import java.util.Objects;

/**
 * What a user's data say about one network node.
 *
 * @param nodeId          the node
 * @param measurements    one per condition of the overlay, in its order: the node's one value (for a family or
 *                        complex, the row chosen by the duplicate rule among all its members' rows)
 * @param inputIdentifier the identifier of the input row the values came from (e.g. {@code ENSG00000141510.17})
 * @param mappingRoute    how that identifier reached the node, in words (e.g. {@code Ensembl -> TP53},
 *                        {@code mouse symbol Trp53 -> 1:1 ortholog TP53})
 * @param members         each measured member, in the node's gene order, when the node stands for several genes or
 *                        its measurement is shared with another node; empty for a node of one gene of its own
 */
public record NodeOverlay(String nodeId, List<Measurement> measurements, String inputIdentifier, String mappingRoute,
                          List<MemberOverlay> members) {
    public NodeOverlay {
        Objects.requireNonNull(nodeId, "nodeId");
        measurements = List.copyOf(measurements);
        Objects.requireNonNull(inputIdentifier, "inputIdentifier");
        Objects.requireNonNull(mappingRoute, "mappingRoute");
        members = List.copyOf(members);
        for (MemberOverlay m : members) {
            if (m.measurements().size() != measurements.size()) {
                throw new IllegalArgumentException("member " + m.symbol() + " of node " + nodeId + " has "
                        + m.measurements().size() + " measurements for " + measurements.size() + " conditions");
            }
        }
    }

    /** A node measured as one gene of its own. */
    public NodeOverlay(String nodeId, List<Measurement> measurements, String inputIdentifier, String mappingRoute) {
        this(nodeId, measurements, inputIdentifier, mappingRoute, List.of());
    }

    /** Whether the node's data are shown member by member: a family, a complex, or a shared measurement. */
    public boolean hasMembers() {
        return !members.isEmpty();
    }
}
