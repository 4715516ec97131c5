// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap;

import org.cytoscape.view.model.VisualProperty;

public interface VisualMappingFunctionFactory {
    <K, V> VisualMappingFunction<K, V> createVisualMappingFunction(String attributeName, Class<K> attrValueType,
            VisualProperty<V> vp);

    Class<?> getMappingFunctionType();
}
