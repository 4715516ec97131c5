package org.senescope.cytoscape;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.senescope.model.table.NetworkTables;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;

/**
 * Copies a built {@link Network} into an empty {@link CyNetwork}: a node per node, an edge per edge (directed as
 * curated), and the node, edge and network columns every export format writes (the {@link NetworkTables} the network
 * job computed). Not thread-safe; call it from the task that made the network.
 */
final class NetworkContent {

    /** The Cytoscape elements made, by Senescope id, in the network's order. */
    record Elements(Map<String, CyNode> nodes, Map<String, CyEdge> edges) {
        Elements {
            nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
            edges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edges));
        }
    }

    private NetworkContent() {
    }

    /**
     * Writes {@code network} with its attribute {@code tables} into {@code target}, reporting progress from 0 to 1.
     *
     * @throws CancellationException when {@code cancelled} turns true; {@code target} is then half-written and the
     *         caller must dispose of it
     */
    static Elements write(Network network, NetworkTables tables, CyNetwork target, BooleanSupplier cancelled,
                          DoubleConsumer progress) {
        int total = network.nodes().size() + network.edges().size();
        int done = 0;
        Map<String, CyNode> nodes = new LinkedHashMap<>();
        for (Node node : network.nodes()) {
            checkCancelled(cancelled);
            nodes.put(node.id(), target.addNode());
            progress.accept(0.5 * ++done / total);
        }
        Map<String, CyEdge> edges = new LinkedHashMap<>();
        for (Edge edge : network.edges()) {
            checkCancelled(cancelled);
            edges.put(edge.id(), target.addEdge(nodes.get(edge.sourceId()), nodes.get(edge.targetId()), edge.directed()));
            progress.accept(0.5 * ++done / total);
        }
        AttributeColumns.write(tables.nodes(), target.getDefaultNodeTable(), rows(target, nodes), cancelled);
        progress.accept(0.75);
        AttributeColumns.write(tables.edges(), target.getDefaultEdgeTable(), rows(target, edges), cancelled);
        AttributeColumns.write(tables.network(), target.getDefaultNetworkTable(),
                Map.of(tables.networkRow().elementId(), target.getRow(target)), cancelled);
        progress.accept(1.0);
        return new Elements(nodes, edges);
    }

    /** The rows of {@code elements} in {@code network}'s tables, by Senescope id. */
    static Map<String, CyRow> rows(CyNetwork network, Map<String, ? extends org.cytoscape.model.CyIdentifiable> elements) {
        Map<String, CyRow> rows = new HashMap<>();
        elements.forEach((id, element) -> rows.put(id, network.getRow(element)));
        return rows;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }
}
