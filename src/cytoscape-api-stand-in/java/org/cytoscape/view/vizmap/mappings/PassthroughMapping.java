// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap.mappings;

import org.cytoscape.view.vizmap.VisualMappingFunction;

public interface PassthroughMapping<K, V> extends VisualMappingFunction<K, V> {
}
