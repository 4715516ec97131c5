// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import java.util.Collections;
import java.util.Set;

/** A range of listed values; a renderer may add values to it at start-up (Cytoscape's renderer adds node shapes). */
public class DiscreteRange<T> implements Range<T> {
    private final Class<T> type;
    private final Set<T> values;

    public DiscreteRange(Class<T> type, Set<T> values) {
        this.type = type;
        this.values = values;
    }

    @Override
    public Class<T> getType() {
        return type;
    }

    @Override
    public boolean isDiscrete() {
        return true;
    }

    public Set<T> values() {
        return Collections.unmodifiableSet(values);
    }

    public void addRangeValue(T newValue) {
        values.add(newValue);
    }

    @Override
    public boolean inRange(T value) {
        return values.contains(value);
    }
}
