package org.senescope.cytoscape;

import java.util.HashMap;
import java.util.Map;

import org.cytoscape.view.model.View;
import org.cytoscape.view.model.VisualProperty;

/** An in-memory {@link View}: visual property values over the properties' defaults. */
class MemoryView<S> implements View<S> {
    private final S model;
    private final Long suid = MemoryNetwork.SUIDS.incrementAndGet();
    private final Map<VisualProperty<?>, Object> values = new HashMap<>();
    private final Map<VisualProperty<?>, Object> locked = new HashMap<>();

    MemoryView(S model) {
        this.model = model;
    }

    @Override
    public <T> T getVisualProperty(VisualProperty<T> visualProperty) {
        @SuppressWarnings("unchecked")
        T value = (T) locked.getOrDefault(visualProperty, values.getOrDefault(visualProperty,
                visualProperty.getDefault()));
        return value;
    }

    @Override
    public <T, V extends T> void setVisualProperty(VisualProperty<? extends T> visualProperty, V value) {
        values.put(visualProperty, value);
    }

    /** A bypass: it wins over any value a style sets, as Cytoscape's locked values do. */
    @Override
    public <T, V extends T> void setLockedValue(VisualProperty<? extends T> visualProperty, V value) {
        locked.put(visualProperty, value);
    }

    /** The locked (bypass) values, by property id. */
    Map<String, Object> locked() {
        Map<String, Object> set = new java.util.TreeMap<>();
        locked.forEach((vp, value) -> set.put(vp.getIdString(), value));
        return set;
    }

    /** The values set, by property id. */
    Map<String, Object> values() {
        Map<String, Object> set = new java.util.TreeMap<>();
        values.forEach((vp, value) -> set.put(vp.getIdString(), value));
        return set;
    }

    @Override
    public S getModel() {
        return model;
    }

    @Override
    public Long getSUID() {
        return suid;
    }
}
