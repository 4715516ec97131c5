// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.view.model.AbstractVisualProperty;
import org.cytoscape.view.model.DiscreteRange;
import org.cytoscape.view.presentation.property.values.AbstractVisualPropertyValue;
import org.cytoscape.view.presentation.property.values.NodeShape;

/**
 * Node shapes. The eight core shapes are constants; a renderer adds its own to the one shared range at start-up
 * (Cytoscape's renderer adds VEE, among others). Parsing knows the core names, a few older aliases and whatever the
 * range holds; any other name gives null.
 */
public final class NodeShapeVisualProperty extends AbstractVisualProperty<NodeShape> {
    public static final NodeShape RECTANGLE = new Shape("Rectangle", "RECTANGLE");
    public static final NodeShape ROUND_RECTANGLE = new Shape("Round Rectangle", "ROUND_RECTANGLE");
    public static final NodeShape TRIANGLE = new Shape("Triangle", "TRIANGLE");
    public static final NodeShape PARALLELOGRAM = new Shape("Parallelogram", "PARALLELOGRAM");
    public static final NodeShape DIAMOND = new Shape("Diamond", "DIAMOND");
    public static final NodeShape ELLIPSE = new Shape("Ellipse", "ELLIPSE");
    public static final NodeShape HEXAGON = new Shape("Hexagon", "HEXAGON");
    public static final NodeShape OCTAGON = new Shape("Octagon", "OCTAGON");

    private static final Map<String, NodeShape> CORE = new HashMap<>();
    private static final DiscreteRange<NodeShape> RANGE;

    static {
        for (NodeShape s : new NodeShape[] {RECTANGLE, ROUND_RECTANGLE, TRIANGLE, PARALLELOGRAM, DIAMOND, ELLIPSE,
                HEXAGON, OCTAGON}) {
            CORE.put(s.getSerializableString(), s);
        }
        CORE.put("RECT", RECTANGLE);
        CORE.put("ROUNDRECT", ROUND_RECTANGLE);
        CORE.put("ROUND_RECT", ROUND_RECTANGLE);
        CORE.put("BOX", RECTANGLE);
        CORE.put("CIRCLE", ELLIPSE);
        CORE.put("VER_ELLIPSIS", ELLIPSE);
        CORE.put("HOR_ELLIPSIS", ELLIPSE);
        CORE.put("RHOMBUS", PARALLELOGRAM);
        RANGE = new DiscreteRange<>(NodeShape.class, new HashSet<>(CORE.values()));
    }

    public NodeShapeVisualProperty(NodeShape defaultValue, String id, String displayName,
            Class<? extends CyIdentifiable> modelDataType) {
        super(defaultValue, RANGE, id, displayName, modelDataType);
    }

    @Override
    public String toSerializableString(NodeShape value) {
        return value.getSerializableString();
    }

    @Override
    public NodeShape parseSerializableString(String value) {
        NodeShape shape = value == null ? null : CORE.get(value.toUpperCase(Locale.ROOT));
        if (shape == null) {
            shape = RANGE.values().stream().filter(s -> s.getSerializableString().equalsIgnoreCase(value))
                    .findFirst().orElse(null);
        }
        return shape;
    }

    public static boolean isDefaultShape(NodeShape shape) {
        return CORE.containsValue(shape);
    }

    private static final class Shape extends AbstractVisualPropertyValue implements NodeShape {
        Shape(String displayName, String serializableString) {
            super(displayName, serializableString);
        }
    }
}
