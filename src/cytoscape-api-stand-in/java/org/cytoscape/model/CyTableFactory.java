// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

public interface CyTableFactory {
    CyTable createTable(String title, String primaryKey, Class<?> primaryKeyType, boolean pub, boolean isMutable);
}
