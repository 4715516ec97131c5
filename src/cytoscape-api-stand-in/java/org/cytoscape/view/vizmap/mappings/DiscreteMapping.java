// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap.mappings;

import java.util.Map;

import org.cytoscape.view.vizmap.VisualMappingFunction;

public interface DiscreteMapping<K, V> extends VisualMappingFunction<K, V> {
    V getMapValue(K key);

    <T extends V> void putMapValue(K key, T value);

    Map<K, V> getAll();
}
