// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model.subnetwork;

import org.cytoscape.model.CyNetwork;

/**
 * Gives a network's root network (the network itself when it is a root); model-impl's implementation throws
 * {@link IllegalArgumentException} for a network that is neither a root nor a sub-network.
 */
public interface CyRootNetworkManager {
    CyRootNetwork getRootNetwork(CyNetwork n);
}
