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

/**
 * An in-memory {@link CyNetwork}: a sub-network of a collection, as {@code CySubNetworkImpl} is. Its default node,
 * edge and network tables show the collection's shared (root) columns ({@code shared name}, {@code shared interaction}
 * and every column created through any network's default table, see {@link MemoryTable}) and hold its own
 * {@code name}, {@code selected} and (edges) {@code interaction}. {@link #MemoryNetwork()} starts a new collection, as
 * {@code CyNetworkFactory.createNetwork()} does; {@link #subNetwork} adds a network to this one's collection, whose
 * root ({@link #root()}, {@link MemoryRootNetwork}) models only the shared tables.
 */
final class MemoryNetwork implements CyNetwork {

    static final AtomicLong SUIDS = new AtomicLong(100);

    record MemoryNode(Long getSUID) implements CyNode {
    }

    record MemoryEdge(Long getSUID, CyNode getSource, CyNode getTarget, boolean isDirected) implements CyEdge {
    }

    private final Long suid = SUIDS.incrementAndGet();
    private final List<CyNode> nodes = new ArrayList<>();
    private final List<CyEdge> edges = new ArrayList<>();
    private final MemoryRootNetwork root;
    private final MemoryTable nodeTable;
    private final MemoryTable edgeTable;
    private final MemoryTable networkTable;
    private boolean disposed;

    /** The base network of a new collection. */
    MemoryNetwork() {
        this(new MemoryRootNetwork());
    }

    private MemoryNetwork(MemoryRootNetwork root) {
        this.root = root;
        nodeTable = new MemoryTable(root.getSharedNodeTable(), "name", "selected");
        edgeTable = new MemoryTable(root.getSharedEdgeTable(), "name", "selected", "interaction");
        networkTable = new MemoryTable(root.getSharedNetworkTable(), "name", "selected");
        networkTable.getRow(suid); // every network has its row in its network table from the start
    }

    /**
     * A new network of this one's collection with the given nodes of this one and the edges between them, as
     * {@code CyRootNetwork.addSubNetwork(nodes, edges)} makes it: the same node and edge objects (so one SUID and one
     * row of each shared column), their own {@code name} and {@code interaction} copied, not selected.
     */
    MemoryNetwork subNetwork(List<CyNode> members) {
        MemoryNetwork sub = new MemoryNetwork(root);
        for (CyNode node : members) {
            sub.nodes.add(node);
            sub.nodeTable.getRow(node.getSUID()).set("name", nodeTable.getRow(node.getSUID()).get("name", String.class));
        }
        for (CyEdge edge : edges) {
            if (members.contains(edge.getSource()) && members.contains(edge.getTarget())) {
                sub.edges.add(edge);
                for (String column : List.of("name", "interaction")) {
                    sub.edgeTable.getRow(edge.getSUID()).set(column,
                            edgeTable.getRow(edge.getSUID()).get(column, String.class));
                }
            }
        }
        return sub;
    }

    @Override
    public Long getSUID() {
        return suid;
    }

    /** The root network of this network's collection, as {@code CySubNetwork.getRootNetwork()} gives it. */
    MemoryRootNetwork root() {
        return root;
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
