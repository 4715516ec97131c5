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
import org.cytoscape.view.presentation.property.values.ArrowShape;

/** Arrow shapes: the core ones and whatever a renderer adds to the shared range; parsing any other name gives null. */
public final class ArrowShapeVisualProperty extends AbstractVisualProperty<ArrowShape> {
    public static final ArrowShape NONE = new Shape("None", "NONE");
    public static final ArrowShape DIAMOND = new Shape("Diamond", "DIAMOND");
    public static final ArrowShape OPEN_DIAMOND = new Shape("Open Diamond", "OPEN_DIAMOND");
    public static final ArrowShape DELTA = new Shape("Delta", "DELTA");
    public static final ArrowShape OPEN_DELTA = new Shape("Open Delta", "OPEN_DELTA");
    public static final ArrowShape CROSS_DELTA = new Shape("Cross Delta", "CROSS_DELTA");
    public static final ArrowShape CROSS_OPEN_DELTA = new Shape("Cross Open Delta", "CROSS_OPEN_DELTA");
    public static final ArrowShape ARROW = new Shape("Arrow", "ARROW");
    public static final ArrowShape T = new Shape("T", "T");
    public static final ArrowShape CIRCLE = new Shape("Circle", "CIRCLE");
    public static final ArrowShape OPEN_CIRCLE = new Shape("Open Circle", "OPEN_CIRCLE");
    public static final ArrowShape HALF_CIRCLE = new Shape("Half Circle", "HALF_CIRCLE");
    public static final ArrowShape OPEN_HALF_CIRCLE = new Shape("Open Half Circle", "OPEN_HALF_CIRCLE");
    public static final ArrowShape SQUARE = new Shape("Square", "SQUARE");
    public static final ArrowShape OPEN_SQUARE = new Shape("Open Square", "OPEN_SQUARE");
    public static final ArrowShape HALF_TOP = new Shape("Half Top", "HALF_TOP");
    public static final ArrowShape HALF_BOTTOM = new Shape("Half Bottom", "HALF_BOTTOM");
    public static final ArrowShape DELTA_SHORT_1 = new Shape("Delta Short 1", "DELTA_SHORT_1");
    public static final ArrowShape DELTA_SHORT_2 = new Shape("Delta Short 2", "DELTA_SHORT_2");
    public static final ArrowShape ARROW_SHORT = new Shape("Arrow Short", "ARROW_SHORT");
    public static final ArrowShape DIAMOND_SHORT_1 = new Shape("Diamond Short 1", "DIAMOND_SHORT_1");
    public static final ArrowShape DIAMOND_SHORT_2 = new Shape("Diamond Short 2", "DIAMOND_SHORT_2");

    private static final Map<String, ArrowShape> CORE = new HashMap<>();
    private static final DiscreteRange<ArrowShape> RANGE;

    static {
        for (ArrowShape s : new ArrowShape[] {NONE, DIAMOND, OPEN_DIAMOND, DELTA, OPEN_DELTA, CROSS_DELTA, CROSS_OPEN_DELTA, ARROW, T, CIRCLE, OPEN_CIRCLE, HALF_CIRCLE, OPEN_HALF_CIRCLE, SQUARE, OPEN_SQUARE, HALF_TOP, HALF_BOTTOM, DELTA_SHORT_1, DELTA_SHORT_2, ARROW_SHORT, DIAMOND_SHORT_1, DIAMOND_SHORT_2}) {
            CORE.put(s.getSerializableString(), s);
        }
        RANGE = new DiscreteRange<>(ArrowShape.class, new HashSet<>(CORE.values()));
    }

    public ArrowShapeVisualProperty(ArrowShape defaultValue, String id, String displayName,
            Class<? extends CyIdentifiable> modelDataType) {
        super(defaultValue, RANGE, id, displayName, modelDataType);
    }

    @Override
    public String toSerializableString(ArrowShape value) {
        return value.getSerializableString();
    }

    @Override
    public ArrowShape parseSerializableString(String value) {
        ArrowShape shape = value == null ? null : CORE.get(value.toUpperCase(Locale.ROOT));
        if (shape == null) {
            shape = RANGE.values().stream().filter(s -> s.getSerializableString().equalsIgnoreCase(value))
                    .findFirst().orElse(null);
        }
        return shape;
    }

    public static boolean isDefaultShape(ArrowShape shape) {
        return CORE.containsValue(shape);
    }

    private static final class Shape extends AbstractVisualPropertyValue implements ArrowShape {
        Shape(String displayName, String serializableString) {
            super(displayName, serializableString);
        }

        public boolean isFilled() {
            return !getSerializableString().contains("OPEN");
        }
    }
}
