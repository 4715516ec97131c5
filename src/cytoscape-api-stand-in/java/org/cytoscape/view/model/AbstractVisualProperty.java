// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import java.util.Objects;

import org.cytoscape.model.CyIdentifiable;

/** Base of visual properties: a default, a range, an id, a display name and the model type it applies to. */
public abstract class AbstractVisualProperty<T> implements VisualProperty<T> {
    private final T defaultValue;
    private final Range<T> range;
    private final String id;
    private final String name;
    private final Class<? extends CyIdentifiable> targetObjectDataType;
    protected boolean shouldIgnoreDefault;

    public AbstractVisualProperty(T defaultValue, Range<T> range, String id, String displayName,
            Class<? extends CyIdentifiable> targetObjectDataType) {
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue should not be null.");
        this.id = Objects.requireNonNull(id, "id should not be null.");
        this.name = Objects.requireNonNull(displayName, "displayName should not be null.");
        this.range = range;
        this.targetObjectDataType = targetObjectDataType;
    }

    @Override
    public Range<T> getRange() {
        return range;
    }

    @Override
    public T getDefault() {
        return defaultValue;
    }

    @Override
    public String getIdString() {
        return id;
    }

    @Override
    public String getDisplayName() {
        return name;
    }

    @Override
    public boolean shouldIgnoreDefault() {
        return shouldIgnoreDefault;
    }

    @Override
    public Class<? extends CyIdentifiable> getTargetDataType() {
        return targetObjectDataType;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " [id=" + id + ", defaultValue=" + defaultValue + "]";
    }
}
