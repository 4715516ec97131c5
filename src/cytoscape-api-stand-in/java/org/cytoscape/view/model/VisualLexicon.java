// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import java.util.Set;

/** The visual properties a renderer supports, and the values it supports for each (fewer members than the real type). */
public interface VisualLexicon {
    VisualProperty<NullDataType> getRootVisualProperty();

    Set<VisualProperty<?>> getAllVisualProperties();

    VisualProperty<?> lookup(Class<?> type, String identifier);

    boolean isSupported(VisualProperty<?> vp);

    <T> Set<T> getSupportedValueRange(VisualProperty<T> vp);
}
