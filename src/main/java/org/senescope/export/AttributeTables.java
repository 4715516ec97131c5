package org.senescope.export;

import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.NetworkTables;

/**
 * Computes a network's {@link AttributeTable}s: the node, edge and network columns every format writes, and the same
 * with an overlay's columns appended. Stateless and thread-safe; nulls are not accepted.
 */
public final class AttributeTables {

    private AttributeTables() {
    }

    /** The node columns: label, id, kind, gene identifiers, aliases, modules, description. */
    public static AttributeTable nodes(Network network) {
        return NodeAttributes.table(network);
    }

    /** The edge columns: id, relation, sign, flags, and the evidence of the edge's claims. */
    public static AttributeTable edges(Network network) {
        return EdgeAttributes.table(network);
    }

    /**
     * The network columns: name, description, every provenance entry under its key made a plain column name (spaces
     * and punctuation become '_', and {@value Columns#PROVENANCE_PREFIX} goes before a key that clashes with another
     * network column), and the seed sources as parallel lists.
     */
    public static AttributeTable network(Network network) {
        return NetworkAttributes.table(network);
    }

    /** The network, node and edge tables of {@code network}. */
    public static NetworkTables of(Network network) {
        Objects.requireNonNull(network, "network");
        return new NetworkTables(network(network), nodes(network), edges(network));
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
}
