// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property.values;

/** A value with a display name (shown to users, "Round Rectangle") and a serializable string ("ROUND_RECTANGLE"). */
public abstract class AbstractVisualPropertyValue implements VisualPropertyValue {
    private final String displayName;
    private final String serializableString;

    public AbstractVisualPropertyValue(String displayName, String serializableString) {
        this.displayName = displayName;
        this.serializableString = serializableString;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String getSerializableString() {
        return serializableString;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
