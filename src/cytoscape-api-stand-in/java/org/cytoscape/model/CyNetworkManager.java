// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.Set;

public interface CyNetworkManager {
    void addNetwork(CyNetwork network);

    void addNetwork(CyNetwork network, boolean setCurrent);

    Set<CyNetwork> getNetworkSet();

    CyNetwork getNetwork(long suid);

    void destroyNetwork(CyNetwork network);
}
