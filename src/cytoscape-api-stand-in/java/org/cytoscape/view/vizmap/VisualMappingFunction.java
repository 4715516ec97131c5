// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap;

import org.cytoscape.view.model.VisualProperty;

public interface VisualMappingFunction<K, V> {
    String getMappingColumnName();

    Class<K> getMappingColumnType();

    VisualProperty<V> getVisualProperty();
}
