// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.List;

import org.cytoscape.view.presentation.property.values.ArrowShape;

/** The core arrow shapes. */
public final class ArrowShapeVisualProperty {
    public static final ArrowShape NONE = StandInValue.of("NONE");
    public static final ArrowShape DIAMOND = StandInValue.of("DIAMOND");
    public static final ArrowShape DELTA = StandInValue.of("DELTA");
    public static final ArrowShape ARROW = StandInValue.of("ARROW");
    public static final ArrowShape T = StandInValue.of("T");
    public static final ArrowShape CIRCLE = StandInValue.of("CIRCLE");

    private static final List<ArrowShape> VALUES = List.of(NONE, DIAMOND, DELTA, ARROW, T, CIRCLE);

    private ArrowShapeVisualProperty() {
    }

    static ArrowShape parse(String value) {
        return VALUES.stream().filter(v -> v.getSerializableString().equalsIgnoreCase(value)).findFirst().orElse(null);
    }
}
