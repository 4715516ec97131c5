// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

public interface CyEdge extends CyIdentifiable {
    String INTERACTION = "interaction";

    CyNode getSource();

    CyNode getTarget();

    boolean isDirected();
}
