// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.awt.Color;
import java.awt.Paint;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.NullDataType;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.values.ArrowShape;
import org.cytoscape.view.presentation.property.values.LineType;
import org.cytoscape.view.presentation.property.values.NodeShape;

/**
 * The visual properties every renderer supports (the subset Senescope uses), with Cytoscape 3.10.3's ids, display
 * names and defaults. A renderer's lexicon extends this one and may add values to the shape ranges.
 */
public class BasicVisualLexicon extends AbstractVisualLexicon {
    public static final VisualProperty<Paint> NODE_FILL_COLOR = paint(new Color(200, 0, 0), "NODE_FILL_COLOR", "Node Fill Color", CyNode.class);
    public static final VisualProperty<String> NODE_LABEL = text("", "NODE_LABEL", "Node Label", CyNode.class);
    public static final VisualProperty<Double> NODE_SIZE = number(50.0, "NODE_SIZE", "Node Size", CyNode.class);
    public static final VisualProperty<Double> NODE_WIDTH = number(60.0, "NODE_WIDTH", "Node Width", CyNode.class);
    public static final VisualProperty<Double> NODE_HEIGHT = number(40.0, "NODE_HEIGHT", "Node Height", CyNode.class);
    public static final VisualProperty<NodeShape> NODE_SHAPE = new NodeShapeVisualProperty(NodeShapeVisualProperty.ELLIPSE, "NODE_SHAPE", "Node Shape", CyNode.class);
    public static final VisualProperty<Paint> NODE_BORDER_PAINT = paint(Color.BLACK, "NODE_BORDER_PAINT", "Node Border Paint", CyNode.class);
    public static final VisualProperty<Double> NODE_BORDER_WIDTH = number(2.0, "NODE_BORDER_WIDTH", "Node Border Width", CyNode.class);
    public static final VisualProperty<Paint> NODE_LABEL_COLOR = paint(Color.BLACK, "NODE_LABEL_COLOR", "Node Label Color", CyNode.class);
    public static final VisualProperty<Integer> NODE_LABEL_FONT_SIZE = whole(12, "NODE_LABEL_FONT_SIZE", "Node Label Font Size", CyNode.class);
    public static final VisualProperty<Double> NODE_LABEL_WIDTH = number(200.0, "NODE_LABEL_WIDTH", "Node Label Width", CyNode.class);
    public static final VisualProperty<String> NODE_TOOLTIP = text("", "NODE_TOOLTIP", "Node Tooltip", CyNode.class);
    public static final VisualProperty<Double> NODE_X_LOCATION = number(0.0, "NODE_X_LOCATION", "Node X Location", CyNode.class);
    public static final VisualProperty<Double> NODE_Y_LOCATION = number(0.0, "NODE_Y_LOCATION", "Node Y Location", CyNode.class);
    public static final VisualProperty<Boolean> NODE_VISIBLE = flag(true, "NODE_VISIBLE", "Node Visible", CyNode.class);
    public static final VisualProperty<Boolean> EDGE_VISIBLE = flag(true, "EDGE_VISIBLE", "Edge Visible", CyEdge.class);
    public static final VisualProperty<Double> EDGE_WIDTH = number(1.0, "EDGE_WIDTH", "Edge Width", CyEdge.class);
    public static final VisualProperty<Paint> EDGE_UNSELECTED_PAINT = paint(Color.DARK_GRAY, "EDGE_UNSELECTED_PAINT", "Edge Color (Unselected)", CyEdge.class);
    public static final VisualProperty<Paint> EDGE_STROKE_UNSELECTED_PAINT = paint(Color.DARK_GRAY, "EDGE_STROKE_UNSELECTED_PAINT", "Edge Stroke Color (Unselected)", CyEdge.class);
    public static final VisualProperty<Paint> EDGE_TARGET_ARROW_UNSELECTED_PAINT = paint(Color.BLACK, "EDGE_TARGET_ARROW_UNSELECTED_PAINT", "Edge Target Arrow Unselected Paint", CyEdge.class);
    public static final VisualProperty<Integer> EDGE_TRANSPARENCY = whole(255, "EDGE_TRANSPARENCY", "Edge Transparency", CyEdge.class);
    public static final VisualProperty<LineType> EDGE_LINE_TYPE = new LineTypeVisualProperty(LineTypeVisualProperty.SOLID, "EDGE_LINE_TYPE", "Edge Line Type", CyEdge.class);
    public static final VisualProperty<ArrowShape> EDGE_TARGET_ARROW_SHAPE = new ArrowShapeVisualProperty(ArrowShapeVisualProperty.NONE, "EDGE_TARGET_ARROW_SHAPE", "Edge Target Arrow Shape", CyEdge.class);
    public static final VisualProperty<ArrowShape> EDGE_SOURCE_ARROW_SHAPE = new ArrowShapeVisualProperty(ArrowShapeVisualProperty.NONE, "EDGE_SOURCE_ARROW_SHAPE", "Edge Source Arrow Shape", CyEdge.class);
    public static final VisualProperty<String> EDGE_LABEL = text("", "EDGE_LABEL", "Edge Label", CyEdge.class);
    public static final VisualProperty<String> EDGE_TOOLTIP = text("", "EDGE_TOOLTIP", "Edge Tooltip", CyEdge.class);
    public static final VisualProperty<Paint> NETWORK_BACKGROUND_PAINT = paint(Color.WHITE, "NETWORK_BACKGROUND_PAINT", "Network Background Paint", CyNetwork.class);
    public static final VisualProperty<String> NETWORK_TITLE = text("", "NETWORK_TITLE", "Network Title", CyNetwork.class);

    public BasicVisualLexicon(VisualProperty<NullDataType> rootVisualProperty) {
        super(rootVisualProperty);
    }

    @Override
    protected void addVisualProperties(VisualProperty<NullDataType> root) {
        addVisualProperty(NODE_FILL_COLOR, root);
        addVisualProperty(NODE_LABEL, root);
        addVisualProperty(NODE_SIZE, root);
        addVisualProperty(NODE_WIDTH, root);
        addVisualProperty(NODE_HEIGHT, root);
        addVisualProperty(NODE_SHAPE, root);
        addVisualProperty(NODE_BORDER_PAINT, root);
        addVisualProperty(NODE_BORDER_WIDTH, root);
        addVisualProperty(NODE_LABEL_COLOR, root);
        addVisualProperty(NODE_LABEL_FONT_SIZE, root);
        addVisualProperty(NODE_LABEL_WIDTH, root);
        addVisualProperty(NODE_TOOLTIP, root);
        addVisualProperty(NODE_X_LOCATION, root);
        addVisualProperty(NODE_VISIBLE, root);
        addVisualProperty(EDGE_VISIBLE, root);
        addVisualProperty(NODE_Y_LOCATION, root);
        addVisualProperty(EDGE_WIDTH, root);
        addVisualProperty(EDGE_UNSELECTED_PAINT, root);
        addVisualProperty(EDGE_STROKE_UNSELECTED_PAINT, root);
        addVisualProperty(EDGE_TARGET_ARROW_UNSELECTED_PAINT, root);
        addVisualProperty(EDGE_TRANSPARENCY, root);
        addVisualProperty(EDGE_LINE_TYPE, root);
        addVisualProperty(EDGE_TARGET_ARROW_SHAPE, root);
        addVisualProperty(EDGE_SOURCE_ARROW_SHAPE, root);
        addVisualProperty(EDGE_LABEL, root);
        addVisualProperty(EDGE_TOOLTIP, root);
        addVisualProperty(NETWORK_BACKGROUND_PAINT, root);
        addVisualProperty(NETWORK_TITLE, root);
    }

    private static VisualProperty<Paint> paint(Color defaultValue, String id, String name,
            Class<? extends CyIdentifiable> target) {
        return new StandInProperty<>(Paint.class, defaultValue, id, name, target, Color::decode,
                p -> String.format("#%06X", ((Color) p).getRGB() & 0xFFFFFF));
    }

    private static VisualProperty<String> text(String defaultValue, String id, String name,
            Class<? extends CyIdentifiable> target) {
        return new StandInProperty<>(String.class, defaultValue, id, name, target, s -> s, s -> s);
    }

    private static VisualProperty<Double> number(double defaultValue, String id, String name,
            Class<? extends CyIdentifiable> target) {
        return new StandInProperty<>(Double.class, defaultValue, id, name, target, Double::valueOf, String::valueOf);
    }

    /** As the real BooleanVisualProperty: "true" in any case is true, anything else false (Boolean.parseBoolean). */
    private static VisualProperty<Boolean> flag(boolean defaultValue, String id, String name,
            Class<? extends CyIdentifiable> target) {
        return new StandInProperty<>(Boolean.class, defaultValue, id, name, target, Boolean::parseBoolean,
                String::valueOf);
    }

    private static VisualProperty<Integer> whole(int defaultValue, String id, String name,
            Class<? extends CyIdentifiable> target) {
        return new StandInProperty<>(Integer.class, defaultValue, id, name, target, Integer::valueOf,
                String::valueOf);
    }
}
