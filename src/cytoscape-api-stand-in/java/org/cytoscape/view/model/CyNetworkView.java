// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import java.util.Collection;

import org.cytoscape.model.CyDisposable;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;

public interface CyNetworkView extends View<CyNetwork>, CyDisposable {
    View<CyNode> getNodeView(CyNode node);

    Collection<View<CyNode>> getNodeViews();

    View<CyEdge> getEdgeView(CyEdge edge);

    void fitContent();

    void updateView();
}
