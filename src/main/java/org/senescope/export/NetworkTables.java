package org.senescope.export;

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

    /**
     * The tables of {@code network} with the columns of {@code layer} appended: see {@link OverlayLayer} for what
     * they are. Node ids of the overlay that are not in the network are ignored.
     */
    public static NetworkTables of(Network network, OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        NetworkTables plain = of(network);
        return new NetworkTables(OverlayAttributes.network(plain.network(), layer),
                OverlayAttributes.nodes(plain.nodes(), layer), OverlayAttributes.edges(plain.edges(), layer));
    }

    /** The network's own values: its table has exactly one row. */
    public AttributeTable.Row networkRow() {
        return network.rows().get(0);
    }
}
