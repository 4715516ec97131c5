// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.List;

import org.cytoscape.view.presentation.property.values.LineType;

/** The core line types. */
public final class LineTypeVisualProperty {
    public static final LineType SOLID = StandInValue.of("SOLID");
    public static final LineType LONG_DASH = StandInValue.of("LONG_DASH");
    public static final LineType EQUAL_DASH = StandInValue.of("EQUAL_DASH");
    public static final LineType DASH_DOT = StandInValue.of("DASH_DOT");
    public static final LineType DOT = StandInValue.of("DOT");

    private static final List<LineType> VALUES = List.of(SOLID, LONG_DASH, EQUAL_DASH, DASH_DOT, DOT);

    private LineTypeVisualProperty() {
    }

    static LineType parse(String value) {
        return VALUES.stream().filter(v -> v.getSerializableString().equalsIgnoreCase(value)).findFirst().orElse(null);
    }
}
