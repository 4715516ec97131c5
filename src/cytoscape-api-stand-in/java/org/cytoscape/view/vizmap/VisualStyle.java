// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap;

import java.util.Collection;
import java.util.Set;

import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.VisualProperty;

public interface VisualStyle {
    String getTitle();

    void setTitle(String title);

    void addVisualMappingFunction(VisualMappingFunction<?, ?> mapping);

    void removeVisualMappingFunction(VisualProperty<?> vp);

    <V> VisualMappingFunction<?, V> getVisualMappingFunction(VisualProperty<V> vp);
    Collection<VisualMappingFunction<?, ?>> getAllVisualMappingFunctions();

    <V> V getDefaultValue(VisualProperty<V> vp);

    <V, S extends V> void setDefaultValue(VisualProperty<V> vp, S value);

    Set<VisualPropertyDependency<?>> getAllVisualPropertyDependencies();

    void apply(CyNetworkView networkView);
}
