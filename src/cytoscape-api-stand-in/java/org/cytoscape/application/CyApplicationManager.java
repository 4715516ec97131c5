// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.application;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;
import org.cytoscape.view.model.CyNetworkView;

public interface CyApplicationManager {
    CyNetwork getCurrentNetwork();

    CyNetworkView getCurrentNetworkView();

    CyTable getCurrentTable();

    void setCurrentTable(CyTable table);
}
