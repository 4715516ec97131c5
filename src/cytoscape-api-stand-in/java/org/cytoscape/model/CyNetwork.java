// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.List;

public interface CyNetwork extends CyIdentifiable, CyDisposable {
    String NAME = "name";
    String SELECTED = "selected";
    String DEFAULT_ATTRS = "USER";

    CyNode addNode();

    CyEdge addEdge(CyNode source, CyNode target, boolean isDirected);

    boolean removeEdges(java.util.Collection<CyEdge> edges);

    List<CyNode> getNodeList();

    List<CyEdge> getEdgeList();

    int getNodeCount();

    int getEdgeCount();

    CyTable getDefaultNodeTable();

    CyTable getDefaultEdgeTable();

    CyTable getDefaultNetworkTable();

    CyRow getRow(CyIdentifiable entry);
}
