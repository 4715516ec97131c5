package org.senescope.cytoscape;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.senescope.failure.BadRequestException;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.data.Overlay;

/**
 * The network as a Cytoscape view shows it: the Senescope nodes and edges the view still shows (not
 * removed, not hidden), at the positions the
 * user left them, for the figure renderer. Stateless.
 */
final class DrawnNetwork {

    private DrawnNetwork() {
    }

    /**
     * {@code model} cut to the elements of {@code ids} that have views in {@code view}, laid out at their view
     * positions, and named {@code name} (the network's current name, which the figure's caption gives).
     *
     * @throws BadRequestException when the view holds none of the network's nodes
     */
    static Network of(Network model, String name, SenescopeNodes ids, CyNetworkView view) {
        Map<String, Position> layout = new HashMap<>();
        for (Node node : model.nodes()) {
            CyNode cyNode = ids.nodes().get(node.id());
            View<CyNode> nodeView = cyNode == null || !shows(view, cyNode) ? null : view.getNodeView(cyNode);
            if (nodeView != null) {
                layout.put(node.id(), new Position(nodeView.getVisualProperty(BasicVisualLexicon.NODE_X_LOCATION),
                        nodeView.getVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION)));
            }
        }
        if (layout.isEmpty()) {
            throw new BadRequestException("The view shows none of the Senescope network's nodes; nothing to draw");
        }
        List<Node> nodes = model.nodes().stream().filter(n -> layout.containsKey(n.id())).toList();
        List<Edge> edges = model.edges().stream()
                .filter(e -> ids.edges().containsKey(e.id()) && shows(view, ids.edges().get(e.id())))
                .filter(e -> layout.containsKey(e.sourceId()) && layout.containsKey(e.targetId()))
                .toList();
        return new Network(name, nodes, edges, model.modules(), layout, model.sources(), model.provenance());
    }

    /**
     * Whether {@code view} draws {@code node}: it has a view there and the view does not hide it (NODE_VISIBLE false,
     * as Hide Selected Nodes sets it).
     */
    static boolean shows(CyNetworkView view, CyNode node) {
        View<CyNode> nodeView = view.getNodeView(node);
        return nodeView != null && !Boolean.FALSE.equals(nodeView.getVisualProperty(BasicVisualLexicon.NODE_VISIBLE));
    }

    /** Whether {@code view} draws {@code edge}: it has a view there and EDGE_VISIBLE is not false. */
    static boolean shows(CyNetworkView view, CyEdge edge) {
        View<CyEdge> edgeView = view.getEdgeView(edge);
        return edgeView != null && !Boolean.FALSE.equals(edgeView.getVisualProperty(BasicVisualLexicon.EDGE_VISIBLE));
    }

    /** {@code overlay} cut to the nodes of {@code drawn}. */
    static Overlay overlayOf(Overlay overlay, Network drawn) {
        return new Overlay(overlay.title(), overlay.valueLabel(), overlay.conditions(),
                overlay.nodes().stream().filter(n -> drawn.node(n.nodeId()).isPresent()).toList());
    }
}
