// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.awt.Color;
import java.awt.Paint;

import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.values.ArrowShape;
import org.cytoscape.view.presentation.property.values.LineType;
import org.cytoscape.view.presentation.property.values.NodeShape;

/** The visual properties every renderer supports (the subset Senescope uses). */
public class BasicVisualLexicon {
    public static final VisualProperty<Paint> NODE_FILL_COLOR = paint("NODE_FILL_COLOR", new Color(0xC8C8C8));
    public static final VisualProperty<String> NODE_LABEL = text("NODE_LABEL", "");
    public static final VisualProperty<Double> NODE_SIZE = number("NODE_SIZE", 35.0);
    public static final VisualProperty<Double> NODE_WIDTH = number("NODE_WIDTH", 75.0);
    public static final VisualProperty<Double> NODE_HEIGHT = number("NODE_HEIGHT", 35.0);
    public static final VisualProperty<NodeShape> NODE_SHAPE = nodeShape("NODE_SHAPE");
    public static final VisualProperty<Paint> NODE_BORDER_PAINT = paint("NODE_BORDER_PAINT", Color.DARK_GRAY);
    public static final VisualProperty<Double> NODE_BORDER_WIDTH = number("NODE_BORDER_WIDTH", 0.0);
    public static final VisualProperty<Paint> NODE_LABEL_COLOR = paint("NODE_LABEL_COLOR", Color.BLACK);
    public static final VisualProperty<Integer> NODE_LABEL_FONT_SIZE = whole("NODE_LABEL_FONT_SIZE", 12);
    public static final VisualProperty<Double> NODE_LABEL_WIDTH = number("NODE_LABEL_WIDTH", 200.0);
    public static final VisualProperty<String> NODE_TOOLTIP = text("NODE_TOOLTIP", "");
    public static final VisualProperty<Double> NODE_X_LOCATION = number("NODE_X_LOCATION", 0.0);
    public static final VisualProperty<Double> NODE_Y_LOCATION = number("NODE_Y_LOCATION", 0.0);
    public static final VisualProperty<Double> EDGE_WIDTH = number("EDGE_WIDTH", 2.0);
    public static final VisualProperty<Paint> EDGE_UNSELECTED_PAINT = paint("EDGE_UNSELECTED_PAINT", Color.GRAY);
    public static final VisualProperty<Paint> EDGE_STROKE_UNSELECTED_PAINT = paint("EDGE_STROKE_UNSELECTED_PAINT", Color.GRAY);
    public static final VisualProperty<Paint> EDGE_TARGET_ARROW_UNSELECTED_PAINT = paint("EDGE_TARGET_ARROW_UNSELECTED_PAINT", Color.BLACK);
    public static final VisualProperty<Integer> EDGE_TRANSPARENCY = whole("EDGE_TRANSPARENCY", 255);
    public static final VisualProperty<LineType> EDGE_LINE_TYPE = lineType("EDGE_LINE_TYPE");
    public static final VisualProperty<ArrowShape> EDGE_TARGET_ARROW_SHAPE = arrow("EDGE_TARGET_ARROW_SHAPE");
    public static final VisualProperty<ArrowShape> EDGE_SOURCE_ARROW_SHAPE = arrow("EDGE_SOURCE_ARROW_SHAPE");
    public static final VisualProperty<String> EDGE_LABEL = text("EDGE_LABEL", "");
    public static final VisualProperty<String> EDGE_TOOLTIP = text("EDGE_TOOLTIP", "");
    public static final VisualProperty<Paint> NETWORK_BACKGROUND_PAINT = paint("NETWORK_BACKGROUND_PAINT", Color.WHITE);
    public static final VisualProperty<String> NETWORK_TITLE = text("NETWORK_TITLE", "");

    private static final NodeShape RENDERER_VEE = new StandInValue("V", "VEE");

    protected BasicVisualLexicon() {
    }

    private static VisualProperty<Paint> paint(String id, Color defaultValue) {
        return new StandInProperty<>(id, defaultValue, s -> Color.decode(s),
                p -> String.format("#%06X", ((Color) p).getRGB() & 0xFFFFFF));
    }

    private static VisualProperty<String> text(String id, String defaultValue) {
        return new StandInProperty<>(id, defaultValue, s -> s, s -> s);
    }

    private static VisualProperty<Double> number(String id, double defaultValue) {
        return new StandInProperty<>(id, defaultValue, Double::valueOf, String::valueOf);
    }

    private static VisualProperty<Integer> whole(String id, int defaultValue) {
        return new StandInProperty<>(id, defaultValue, Integer::valueOf, String::valueOf);
    }

    private static VisualProperty<NodeShape> nodeShape(String id) {
        // Like Cytoscape: the core shapes, and the shapes the renderer adds to the range (Ding's VEE); null otherwise.
        return new StandInProperty<>(id, NodeShapeVisualProperty.ELLIPSE, s -> {
            NodeShape core = NodeShapeVisualProperty.parse(s);
            return core != null ? core : "VEE".equalsIgnoreCase(s) ? RENDERER_VEE : null;
        }, NodeShape::getSerializableString);
    }

    private static VisualProperty<ArrowShape> arrow(String id) {
        return new StandInProperty<>(id, ArrowShapeVisualProperty.NONE, ArrowShapeVisualProperty::parse,
                ArrowShape::getSerializableString);
    }

    private static VisualProperty<LineType> lineType(String id) {
        return new StandInProperty<>(id, LineTypeVisualProperty.SOLID, LineTypeVisualProperty::parse,
                LineType::getSerializableString);
    }
}
