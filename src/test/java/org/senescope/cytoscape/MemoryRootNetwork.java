package org.senescope.cytoscape;

import java.util.Collection;
import java.util.List;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.subnetwork.CyRootNetwork;

/**
 * A network collection's root as far as tables go, as {@code CyRootNetworkImpl} makes it: its shared node, edge and
 * network tables (SUID, {@code shared name}, on edges {@code shared interaction}), whose columns the default tables of
 * the collection's {@link MemoryNetwork}s show (see {@link MemoryTable}). The root's own graph is not modelled: the
 * adapter reads only the shared tables, and every other member throws, so that a use of them shows.
 */
final class MemoryRootNetwork implements CyRootNetwork {

    private final Long suid = MemoryNetwork.SUIDS.incrementAndGet();
    private final MemoryTable nodes = MemoryTable.rootTable("shared name");
    private final MemoryTable edges = MemoryTable.rootTable("shared name", "shared interaction");
    private final MemoryTable networks = MemoryTable.rootTable("shared name");

    private static UnsupportedOperationException notModelled() {
        return new UnsupportedOperationException("the doubles model only a root network's shared tables");
    }

    @Override
    public MemoryTable getSharedNodeTable() {
        return nodes;
    }

    @Override
    public MemoryTable getSharedEdgeTable() {
        return edges;
    }

    @Override
    public MemoryTable getSharedNetworkTable() {
        return networks;
    }

    @Override
    public Long getSUID() {
        return suid;
    }

    @Override
    public CyNode addNode() {
        throw notModelled();
    }

    @Override
    public CyEdge addEdge(CyNode source, CyNode target, boolean isDirected) {
        throw notModelled();
    }

    @Override
    public boolean removeEdges(Collection<CyEdge> edges) {
        throw notModelled();
    }

    @Override
    public List<CyNode> getNodeList() {
        throw notModelled();
    }

    @Override
    public List<CyEdge> getEdgeList() {
        throw notModelled();
    }

    @Override
    public int getNodeCount() {
        throw notModelled();
    }

    @Override
    public int getEdgeCount() {
        throw notModelled();
    }

    @Override
    public MemoryTable getDefaultNodeTable() {
        throw notModelled();
    }

    @Override
    public MemoryTable getDefaultEdgeTable() {
        throw notModelled();
    }

    @Override
    public MemoryTable getDefaultNetworkTable() {
        throw notModelled();
    }

    @Override
    public CyRow getRow(CyIdentifiable entry) {
        throw notModelled();
    }

    @Override
    public void dispose() {
        throw notModelled();
    }
}
