// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.session;

public interface CyNetworkNaming {
    String getSuggestedNetworkTitle(String desiredTitle);
}
