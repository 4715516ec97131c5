package org.senescope.cytoscape;

import java.util.HashSet;
import java.util.Set;

import org.cytoscape.view.model.AbstractVisualProperty;
import org.cytoscape.view.model.NullDataType;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.presentation.property.values.AbstractVisualPropertyValue;
import org.cytoscape.view.presentation.property.values.NodeShape;

/**
 * A renderer's lexicon, as Cytoscape's rendering-engine manager hands it out: the basic lexicon, whose NODE_SHAPE
 * range holds only the eight core shapes, plus VEE when made {@link #dingLike()}. Cytoscape's renderer (ding) adds
 * VEE to the one shared range at start-up; this double adds it to its own answer instead, so that tests of a
 * renderer without VEE are not spoilt by one that ran before.
 */
final class MemoryLexicon extends BasicVisualLexicon {

    /** Ding's VEE: serializable name "VEE", display name "V". */
    static final NodeShape VEE = new RendererShape("V", "VEE");

    private final Set<NodeShape> addedShapes;

    private MemoryLexicon(Set<NodeShape> addedShapes) {
        super(new RootProperty());
        this.addedShapes = addedShapes;
    }

    /** The lexicon of Cytoscape's desktop renderer: core shapes and VEE. */
    static MemoryLexicon dingLike() {
        return new MemoryLexicon(Set.of(VEE));
    }

    /** The lexicon of a renderer that adds no shapes. */
    static MemoryLexicon coreOnly() {
        return new MemoryLexicon(Set.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Set<T> getSupportedValueRange(VisualProperty<T> vp) {
        Set<T> values = new HashSet<>(super.getSupportedValueRange(vp));
        if (vp == NODE_SHAPE) {
            values.addAll((Set<T>) addedShapes);
        }
        return values;
    }

    private static final class RendererShape extends AbstractVisualPropertyValue implements NodeShape {
        RendererShape(String displayName, String serializableString) {
            super(displayName, serializableString);
        }
    }

    private static final class RootProperty extends AbstractVisualProperty<NullDataType> {
        RootProperty() {
            super(new NullDataType() { }, null, "ROOT", "Root Visual Property", null);
        }

        @Override
        public String toSerializableString(NullDataType value) {
            return "";
        }

        @Override
        public NullDataType parseSerializableString(String value) {
            return getDefault();
        }
    }
}
