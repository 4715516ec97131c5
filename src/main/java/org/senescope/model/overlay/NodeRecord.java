package org.senescope.model.overlay;

import java.util.Objects;

/**
 * What the data say about one gene-based network node, for the mapping report.
 *
 * @param nodeId     the node
 * @param label      its label
 * @param rows       how many input rows reached it, over all inputs
 * @param identifier the identifier(s) its values came from, or empty when not measured
 * @param route      how they reached it and which rule chose them, or empty
 */
public record NodeRecord(String nodeId, String label, int rows, String identifier, String route) {
    public NodeRecord {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(route, "route");
    }

    public boolean measured() {
        return !identifier.isEmpty();
    }
}
