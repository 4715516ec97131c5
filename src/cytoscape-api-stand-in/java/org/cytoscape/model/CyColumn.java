// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

public interface CyColumn extends CyIdentifiable {
    String getName();

    Class<?> getType();

    Class<?> getListElementType();
}
