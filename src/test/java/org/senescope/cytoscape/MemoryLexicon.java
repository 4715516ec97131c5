package org.senescope.cytoscape;

import java.util.HashSet;
import java.util.Set;

import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.AbstractVisualProperty;
import org.cytoscape.view.model.NullDataType;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.presentation.property.values.AbstractVisualPropertyValue;
import org.cytoscape.view.presentation.property.values.NodeShape;

/**
 * A renderer's lexicon, as Cytoscape's rendering-engine manager hands it out: the basic lexicon, whose NODE_SHAPE
 * range holds only the eight core shapes, plus, when made {@link #dingLike()}, VEE and ding's own node properties
 * {@link #CHART} and {@link #CHART_POSITION} (found by {@code lookup(CyNode.class, id)}; their values here are the
 * serialised strings, which ding parses into custom graphics and an object position). Cytoscape's renderer (ding) adds
 * VEE to the one shared range at start-up; this double adds it to its own answer instead, so that tests of a
 * renderer without VEE are not spoilt by one that ran before.
 */
class MemoryLexicon extends BasicVisualLexicon {

    /** Ding's "Node Image/Chart 1". */
    static final VisualProperty<String> CHART = new RendererText("NODE_CUSTOMGRAPHICS_1", "Node Image/Chart 1");
    /** Ding's "Node Image/Chart Position 1". */
    static final VisualProperty<String> CHART_POSITION = new RendererText("NODE_CUSTOMGRAPHICS_POSITION_1",
            "Node Image/Chart Position 1");

    /** Ding's VEE: serializable name "VEE", display name "V". */
    static final NodeShape VEE = new RendererShape("V", "VEE");

    private final Set<NodeShape> addedShapes;

    private MemoryLexicon(Set<NodeShape> addedShapes) {
        super(new RootProperty());
        this.addedShapes = addedShapes;
    }

    /** The lexicon of Cytoscape's desktop renderer: core shapes and VEE. */
    static MemoryLexicon dingLike() {
        return new Ding();
    }

    /** Ding's lexicon adds its own node properties to the basic ones. */
    private static final class Ding extends MemoryLexicon {
        Ding() {
            super(Set.of(VEE));
        }

        @Override
        protected void addVisualProperties(VisualProperty<NullDataType> root) {
            super.addVisualProperties(root);
            addVisualProperty(CHART, root);
            addVisualProperty(CHART_POSITION, root);
        }
    }

    /** A node property of the renderer's own whose values are kept as their serialised strings. */
    private static final class RendererText extends AbstractVisualProperty<String> {
        RendererText(String id, String displayName) {
            super("", null, id, displayName, CyNode.class);
        }

        @Override
        public String toSerializableString(String value) {
            return value;
        }

        @Override
        public String parseSerializableString(String value) {
            return value;
        }
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
