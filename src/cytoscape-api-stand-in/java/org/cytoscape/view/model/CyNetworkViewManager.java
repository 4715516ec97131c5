// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import java.util.Collection;

import org.cytoscape.model.CyNetwork;

public interface CyNetworkViewManager {
    void addNetworkView(CyNetworkView view);

    Collection<CyNetworkView> getNetworkViews(CyNetwork network);
}
