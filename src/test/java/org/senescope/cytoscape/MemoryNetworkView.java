package org.senescope.cytoscape;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;

/** An in-memory {@link CyNetworkView}: a view per node and edge that existed when it was made, each a value map. */
final class MemoryNetworkView extends MemoryView<CyNetwork> implements CyNetworkView {

    private final Map<CyNode, View<CyNode>> nodeViews = new LinkedHashMap<>();
    private final Map<CyEdge, View<CyEdge>> edgeViews = new LinkedHashMap<>();
    int fitted;
    int updated;
    boolean disposed;

    MemoryNetworkView(CyNetwork network) {
        super(network);
        network.getNodeList().forEach(n -> nodeViews.put(n, new MemoryView<>(n)));
        network.getEdgeList().forEach(e -> edgeViews.put(e, new MemoryView<>(e)));
    }

    @Override
    public View<CyNode> getNodeView(CyNode node) {
        return nodeViews.get(node);
    }

    @Override
    public Collection<View<CyNode>> getNodeViews() {
        return List.copyOf(nodeViews.values());
    }

    @Override
    public View<CyEdge> getEdgeView(CyEdge edge) {
        // As Cytoscape's view once events are flushed: an edge added to the network later gets a view too.
        if (!edgeViews.containsKey(edge) && getModel().getEdgeList().contains(edge)) {
            edgeViews.put(edge, new MemoryView<>(edge));
        }
        return edgeViews.get(edge);
    }

    Collection<View<CyEdge>> edgeViews() {
        return List.copyOf(edgeViews.values());
    }

    @Override
    public void fitContent() {
        fitted++;
    }

    @Override
    public void updateView() {
        updated++;
    }

    @Override
    public void dispose() {
        disposed = true;
    }
}
