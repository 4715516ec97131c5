package org.senescope.model.overlay;

import java.util.List;
import java.util.Objects;

/**
 * What the data say about one gene-based network node, for the mapping report.
 *
 * @param nodeId     the node
 * @param label      its label
 * @param rows       how many input rows reached it, over all inputs
 * @param identifier the identifier(s) its values came from, or empty when not measured
 * @param route      how they reached it and which rule chose them, or empty
 * @param expressed  false when, in some input, every row that reached it is below {@code --min-expression}: it is
 *                   drawn "not expressed" there
 * @param membersNotExpressed the member genes of a family, complex or shared gene drawn "not expressed" in some
 *                   input, in the node's gene order
 */
public record NodeRecord(String nodeId, String label, int rows, String identifier, String route, boolean expressed,
                         List<String> membersNotExpressed) {
    public NodeRecord {
        membersNotExpressed = List.copyOf(membersNotExpressed);
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(route, "route");
    }

    /** A node without an expression filter. */
    public NodeRecord(String nodeId, String label, int rows, String identifier, String route) {
        this(nodeId, label, rows, identifier, route, true, List.of());
    }

    public boolean measured() {
        return !identifier.isEmpty();
    }
}
