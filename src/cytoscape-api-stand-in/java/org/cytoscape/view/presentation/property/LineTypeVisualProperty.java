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
import org.cytoscape.view.presentation.property.values.LineType;

/** Line types. Unlike shapes and arrows, parsing a name it does not know gives SOLID, never null. */
public final class LineTypeVisualProperty extends AbstractVisualProperty<LineType> {
    public static final LineType SOLID = new Type("Solid", "SOLID");
    public static final LineType LONG_DASH = new Type("Dash", "LONG_DASH");
    public static final LineType EQUAL_DASH = new Type("Equal Dash", "EQUAL_DASH");
    public static final LineType DASH_DOT = new Type("Dash Dot", "DASH_DOT");
    public static final LineType DOT = new Type("Dots", "DOT");

    private static final Map<String, LineType> CORE = new HashMap<>();
    private static final DiscreteRange<LineType> RANGE;

    static {
        for (LineType t : new LineType[] {SOLID, LONG_DASH, EQUAL_DASH, DASH_DOT, DOT}) {
            CORE.put(t.getSerializableString(), t);
        }
        RANGE = new DiscreteRange<>(LineType.class, new HashSet<>(CORE.values()));
    }

    public LineTypeVisualProperty(LineType defaultValue, String id, String displayName,
            Class<? extends CyIdentifiable> modelDataType) {
        super(defaultValue, RANGE, id, displayName, modelDataType);
    }

    @Override
    public String toSerializableString(LineType value) {
        return value.getSerializableString();
    }

    @Override
    public LineType parseSerializableString(String value) {
        LineType type = value == null ? null : CORE.get(value.toUpperCase(Locale.ROOT));
        if (type == null) {
            type = RANGE.values().stream().filter(t -> t.getSerializableString().equalsIgnoreCase(value))
                    .findFirst().orElse(SOLID);
        }
        return type;
    }

    private static final class Type extends AbstractVisualPropertyValue implements LineType {
        Type(String displayName, String serializableString) {
            super(displayName, serializableString);
        }
    }
}
