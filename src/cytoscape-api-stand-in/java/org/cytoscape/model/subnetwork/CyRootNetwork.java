// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model.subnetwork;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;

/**
 * A network collection's root: its shared tables hold the columns every network of the collection shows as virtual
 * columns of its default tables, with one row per node, edge or network of the whole collection.
 */
public interface CyRootNetwork extends CyNetwork {
    CyTable getSharedNetworkTable();

    CyTable getSharedNodeTable();

    CyTable getSharedEdgeTable();
}
