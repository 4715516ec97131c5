// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap;

import java.util.Set;

import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.model.VisualProperty;

public final class VisualPropertyDependency<T> {

    private final String id;
    private final String displayName;
    private final Set<VisualProperty<T>> properties;
    private boolean enabled;

    public VisualPropertyDependency(String id, String displayName, Set<VisualProperty<T>> vpSet,
            VisualLexicon lexicon) {
        this.id = id;
        this.displayName = displayName;
        this.properties = Set.copyOf(vpSet);
    }

    public String getIdString() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<VisualProperty<?>> getVisualProperties() {
        return java.util.Collections.<VisualProperty<?>>unmodifiableSet(properties);
    }

    public boolean isDependencyEnabled() {
        return enabled;
    }

    public void setDependency(boolean enable) {
        this.enabled = enable;
    }
}
