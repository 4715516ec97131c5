// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.List;

import org.cytoscape.view.presentation.property.values.NodeShape;

/** The core node shapes. The renderer adds more to the range (Ding adds VEE), which BasicVisualLexicon.NODE_SHAPE then parses too; any other name parses to null, as in Cytoscape. */
public final class NodeShapeVisualProperty {
    public static final NodeShape TRIANGLE = StandInValue.of("TRIANGLE");
    public static final NodeShape RECTANGLE = StandInValue.of("RECTANGLE");
    public static final NodeShape ROUND_RECTANGLE = StandInValue.of("ROUND_RECTANGLE");
    public static final NodeShape PARALLELOGRAM = StandInValue.of("PARALLELOGRAM");
    public static final NodeShape DIAMOND = StandInValue.of("DIAMOND");
    public static final NodeShape ELLIPSE = StandInValue.of("ELLIPSE");
    public static final NodeShape HEXAGON = StandInValue.of("HEXAGON");
    public static final NodeShape OCTAGON = StandInValue.of("OCTAGON");

    private static final List<NodeShape> VALUES = List.of(TRIANGLE, RECTANGLE, ROUND_RECTANGLE, PARALLELOGRAM, DIAMOND, ELLIPSE, HEXAGON, OCTAGON);

    private NodeShapeVisualProperty() {
    }

    static NodeShape parse(String value) {
        return VALUES.stream().filter(v -> v.getSerializableString().equalsIgnoreCase(value)).findFirst().orElse(null);
    }
}
