package org.senescope.io;

import java.util.Objects;

import org.senescope.model.Network;

/**
 * The network, node and edge {@link AttributeTable}s of one network, which most writers need together. Immutable;
 * nulls are not accepted.
 */
public record NetworkTables(AttributeTable network, AttributeTable nodes, AttributeTable edges) {

    public NetworkTables {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(edges, "edges");
    }

    public static NetworkTables of(Network network) {
        Objects.requireNonNull(network, "network");
        return new NetworkTables(AttributeTable.ofNetwork(network), AttributeTable.ofNodes(network),
                AttributeTable.ofEdges(network));
    }

    /** The network's own values: its table has exactly one row. */
    public AttributeTable.Row networkRow() {
        return network.rows().get(0);
    }
}
