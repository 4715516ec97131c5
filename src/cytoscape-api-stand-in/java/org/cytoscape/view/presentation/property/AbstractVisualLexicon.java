// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cytoscape.view.model.DiscreteRange;
import org.cytoscape.view.model.NullDataType;
import org.cytoscape.view.model.Range;
import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.model.VisualProperty;

/**
 * Base of lexicons: a tree of visual properties under a root. A property's supported values are its discrete range's
 * values (the shared range, including what a renderer added), and none for a continuous one.
 */
public abstract class AbstractVisualLexicon implements VisualLexicon {
    protected final VisualProperty<NullDataType> rootVisualProperty;
    private final Set<VisualProperty<?>> properties = new LinkedHashSet<>();
    private final Map<String, VisualProperty<?>> byTypeAndId = new HashMap<>();

    public AbstractVisualLexicon(VisualProperty<NullDataType> rootVisualProperty) {
        this.rootVisualProperty = rootVisualProperty;
        properties.add(rootVisualProperty);
        addVisualProperties(rootVisualProperty);
    }

    protected abstract void addVisualProperties(VisualProperty<NullDataType> root);

    protected final void addVisualProperty(VisualProperty<?> vp, VisualProperty<?> parent) {
        if (properties.contains(vp)) {
            throw new IllegalStateException("The key " + vp.getIdString() + " already exists in the lexicon.");
        }
        if (!properties.contains(parent)) {
            throw new IllegalArgumentException("Parent does not exist in the lexicon: " + parent.getDisplayName());
        }
        properties.add(vp);
        if (vp.getTargetDataType() != null) {
            byTypeAndId.put(key(vp.getTargetDataType(), vp.getIdString()), vp);
        }
    }

    @Override
    public final VisualProperty<NullDataType> getRootVisualProperty() {
        return rootVisualProperty;
    }

    @Override
    public final Set<VisualProperty<?>> getAllVisualProperties() {
        return new LinkedHashSet<>(properties);
    }

    @Override
    public final VisualProperty<?> lookup(Class<?> type, String identifier) {
        return type == null || identifier == null ? null : byTypeAndId.get(key(type, identifier));
    }

    @Override
    public boolean isSupported(VisualProperty<?> vp) {
        return properties.contains(vp);
    }

    @Override
    public <T> Set<T> getSupportedValueRange(VisualProperty<T> vp) {
        Range<T> range = vp.getRange();
        return range.isDiscrete() ? ((DiscreteRange<T>) range).values() : Collections.emptySet();
    }

    private static String key(Class<?> type, String id) {
        return type.getName() + "/" + id.toLowerCase(Locale.ROOT);
    }
}
