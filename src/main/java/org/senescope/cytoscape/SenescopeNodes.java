package org.senescope.cytoscape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.senescope.model.table.Columns;
import org.senescope.failure.BadRequestException;

/**
 * The Senescope identities of a Cytoscape network's nodes and edges: node ids from
 * {@code senescope::senescope_id}, edge ids from {@code name}, as {@link BuildNetworkTask} wrote them.
 * Immutable snapshot; take it on the task thread.
 *
 * @param nodes the nodes by Senescope id, in Cytoscape's order
 * @param edges the edges by Senescope edge id, in Cytoscape's order
 */
record SenescopeNodes(Map<String, CyNode> nodes, Map<String, CyEdge> edges) {

    SenescopeNodes {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edges));
    }

    /**
     * The Senescope nodes and edges of {@code network}.
     *
     * @throws BadRequestException when the network was not built by Senescope, saying how to get one that is
     */
    static SenescopeNodes of(CyNetwork network) {
        String idColumn = SenescopeColumns.of(Columns.SENESCOPE_ID);
        if (network.getDefaultNodeTable().getColumn(idColumn) == null) {
            throw new BadRequestException("The network '" + network.getRow(network).get(CyNetwork.NAME, String.class)
                    + "' has no " + idColumn + " column: Senescope works on networks made with Apps > Senescope > "
                    + BuildNetworkTask.TITLE + " (or the senescope build command)");
        }
        Map<String, CyNode> nodes = new LinkedHashMap<>();
        for (CyNode node : network.getNodeList()) {
            text(network.getRow(node), idColumn).ifPresent(id -> nodes.put(id, node));
        }
        Map<String, CyEdge> edges = new LinkedHashMap<>();
        for (CyEdge edge : network.getEdgeList()) {
            text(network.getRow(edge), Columns.NAME).ifPresent(id -> edges.put(id, edge));
        }
        return new SenescopeNodes(nodes, edges);
    }

    private static Optional<String> text(CyRow row, String column) {
        return Optional.ofNullable(row.get(column, String.class)).filter(s -> !s.isEmpty());
    }
}
