package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;

/** An in-memory {@link CyNetwork} with Cytoscape's default columns in its node, edge and network tables. */
final class MemoryNetwork implements CyNetwork {

    static final AtomicLong SUIDS = new AtomicLong(100);

    record MemoryNode(Long getSUID) implements CyNode {
    }

    record MemoryEdge(Long getSUID, CyNode getSource, CyNode getTarget, boolean isDirected) implements CyEdge {
    }

    private final Long suid = SUIDS.incrementAndGet();
    private final List<CyNode> nodes = new ArrayList<>();
    private final List<CyEdge> edges = new ArrayList<>();
    private final MemoryTable nodeTable = new MemoryTable("name", "shared name");
    private final MemoryTable edgeTable = new MemoryTable("name", "shared name", "interaction", "shared interaction");
    private final MemoryTable networkTable = new MemoryTable("name", "shared name");
    private boolean disposed;

    @Override
    public Long getSUID() {
        return suid;
    }

    @Override
    public CyNode addNode() {
        CyNode node = new MemoryNode(SUIDS.incrementAndGet());
        nodes.add(node);
        nodeTable.getRow(node.getSUID());
        return node;
    }

    @Override
    public CyEdge addEdge(CyNode source, CyNode target, boolean isDirected) {
        if (!nodes.contains(source) || !nodes.contains(target)) {
            throw new IllegalArgumentException("endpoint not in network");
        }
        CyEdge edge = new MemoryEdge(SUIDS.incrementAndGet(), source, target, isDirected);
        edges.add(edge);
        edgeTable.getRow(edge.getSUID());
        return edge;
    }

    @Override
    public boolean removeEdges(java.util.Collection<CyEdge> gone) {
        boolean removed = edges.removeAll(gone);
        gone.forEach(e -> edgeTable.removeRow(e.getSUID()));
        return removed;
    }

    @Override
    public List<CyNode> getNodeList() {
        return List.copyOf(nodes);
    }

    @Override
    public List<CyEdge> getEdgeList() {
        return List.copyOf(edges);
    }

    @Override
    public int getNodeCount() {
        return nodes.size();
    }

    @Override
    public int getEdgeCount() {
        return edges.size();
    }

    @Override
    public MemoryTable getDefaultNodeTable() {
        return nodeTable;
    }

    @Override
    public MemoryTable getDefaultEdgeTable() {
        return edgeTable;
    }

    @Override
    public MemoryTable getDefaultNetworkTable() {
        return networkTable;
    }

    @Override
    public CyRow getRow(CyIdentifiable entry) {
        CyTable table = entry == this ? networkTable : entry instanceof CyNode ? nodeTable : edgeTable;
        return table.getRow(entry.getSUID());
    }

    @Override
    public void dispose() {
        disposed = true;
    }

    boolean isDisposed() {
        return disposed;
    }
}
