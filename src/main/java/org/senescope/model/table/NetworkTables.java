package org.senescope.model.table;

import java.util.Objects;

/**
 * The network, node and edge {@link AttributeTable}s of one network, which most writers and the Cytoscape adapter need
 * together (made by {@code export.AttributeTables}). Immutable; nulls are not accepted.
 */
public record NetworkTables(AttributeTable network, AttributeTable nodes, AttributeTable edges) {

    public NetworkTables {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(edges, "edges");
    }

    /** The network's own values: its table has exactly one row. */
    public AttributeTable.Row networkRow() {
        return network.rows().get(0);
    }
}
