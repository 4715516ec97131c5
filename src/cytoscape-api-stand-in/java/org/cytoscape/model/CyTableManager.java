// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.Set;

public interface CyTableManager {
    Set<CyTable> getAllTables(boolean includePrivate);

    void addTable(CyTable table);

    CyTable getTable(long suid);

    void deleteTable(long suid);
}
