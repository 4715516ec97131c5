// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

public interface View<S> extends org.cytoscape.model.CyIdentifiable {
    <T> T getVisualProperty(VisualProperty<T> visualProperty);

    <T, V extends T> void setVisualProperty(VisualProperty<? extends T> visualProperty, V value);

    <T, V extends T> void setLockedValue(VisualProperty<? extends T> visualProperty, V value);

    S getModel();
}
