package org.senescope.export.cx2;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;

import org.senescope.model.table.ColumnType;
import org.senescope.export.MemberChart;
import org.senescope.export.NetworkStyle;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.model.style.VisualStyleSpec.ContinuousMapping;
import org.senescope.model.style.VisualStyleSpec.Point;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.Setting;
import org.senescope.model.style.VisualStyleSpec.Value;

/** The visualProperties and visualEditorProperties elements: {@link NetworkStyle} in CX2's portable names. */
final class Cx2VisualProperties {

    private Cx2VisualProperties() {
    }

    /** The one element of the visualProperties aspect: defaults, then node and edge mappings. */
    static void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        writeDefaults(json, NetworkStyle.nodeDefaults());
        json.writeObjectFieldStart("nodeMapping");
        for (DiscreteMapping mapping : NetworkStyle.nodeMappings()) {
            writeDiscrete(json, mapping);
        }
        writePassthrough(json, NetworkStyle.nodeLabel());
        json.writeEndObject();
        writeEdgeMappings(json);
    }

    /**
     * The visualProperties element of an overlaid network: the Senescope style, except that the fill comes from the
     * overlay's value (default grey, for unmeasured nodes), the border width from its significance and the label
     * colour from the per-node column chosen for the node's fill.
     */
    static void write(JsonGenerator json, OverlayLayer layer) throws IOException {
        json.writeStartObject();
        // No default chart: Cytoscape's CX2 reader takes a chart default only as an object, and none is the default.
        List<Setting> nodeDefaults = Stream.concat(NetworkStyle.nodeDefaults().stream()
                .map(s -> s.property().equals(NetworkStyle.NODE_FILL)
                        ? new Setting(NetworkStyle.NODE_FILL, Value.same(OverlayStyle.MISSING_COLOR)) : s),
                OverlayStyle.chartDefaults().stream().filter(s -> !s.property().equals(MemberChart.CHART))).toList();
        writeDefaults(json, nodeDefaults);
        json.writeObjectFieldStart("nodeMapping");
        for (DiscreteMapping mapping : NetworkStyle.nodeMappings()) {
            if (!mapping.property().equals(NetworkStyle.NODE_FILL)
                    && !mapping.property().equals(NetworkStyle.NODE_LABEL_COLOR)) {
                writeDiscrete(json, mapping);
            }
        }
        writeContinuous(json, OverlayStyle.fill(layer.colourRange()));
        writeDiscrete(json, OverlayStyle.borderWidth());
        writePassthrough(json, NetworkStyle.nodeLabel());
        writePassthrough(json, OverlayStyle.labelColor());
        writePassthrough(json, MemberChart.mapping());
        json.writeEndObject();
        writeEdgeMappings(json);
    }

    private static void writeDefaults(JsonGenerator json, List<Setting> nodeDefaults) throws IOException {
        json.writeObjectFieldStart("default");
        writeSettings(json, "network", NetworkStyle.networkDefaults());
        writeSettings(json, "node", nodeDefaults);
        writeSettings(json, "edge", NetworkStyle.edgeDefaults());
        json.writeEndObject();
    }

    /** The edge mappings, then the end of the visualProperties element. */
    private static void writeEdgeMappings(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("edgeMapping");
        for (DiscreteMapping mapping : NetworkStyle.edgeMappings()) {
            writeDiscrete(json, mapping);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The one element of the visualEditorProperties aspect, its settings under "properties" as Cytoscape writes them. */
    static void writeEditorProperties(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("properties");
        json.writeBooleanField("nodeSizeLocked", NetworkStyle.NODE_SIZE_LOCKED);
        json.writeBooleanField("arrowColorMatchesEdge", NetworkStyle.ARROW_COLOR_MATCHES_EDGE);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeSettings(JsonGenerator json, String group, List<Setting> settings) throws IOException {
        json.writeObjectFieldStart(group);
        for (Setting setting : settings) {
            json.writeFieldName(setting.property().cx2Name());
            writeValue(json, setting.property(), setting.value());
        }
        json.writeEndObject();
    }

    private static void writeDiscrete(JsonGenerator json, DiscreteMapping mapping) throws IOException {
        startMapping(json, mapping.property(), "DISCRETE", mapping.column().name(), mapping.column().type());
        json.writeArrayFieldStart("map");
        for (Entry entry : mapping.entries()) {
            json.writeStartObject();
            json.writeFieldName("v");
            if (mapping.column().type() == ColumnType.BOOLEAN) {
                json.writeBoolean(Boolean.parseBoolean(entry.columnValue()));
            } else {
                json.writeString(entry.columnValue());
            }
            json.writeFieldName("vp");
            writeValue(json, mapping.property(), entry.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        endMapping(json);
    }

    /**
     * CX2 states a continuous mapping as intervals: below the first point the first value, between two points an
     * interpolation, above the last point the last value.
     */
    private static void writeContinuous(JsonGenerator json, ContinuousMapping mapping) throws IOException {
        startMapping(json, mapping.property(), "CONTINUOUS", mapping.column().name(), mapping.column().type());
        json.writeArrayFieldStart("map");
        List<Point> points = mapping.points();
        json.writeStartObject();
        json.writeNumberField("max", points.get(0).columnValue());
        json.writeFieldName("maxVPValue");
        writeValue(json, mapping.property(), points.get(0).value());
        json.writeBooleanField("includeMin", false);
        json.writeBooleanField("includeMax", false);
        json.writeEndObject();
        for (int i = 1; i < points.size(); i++) {
            json.writeStartObject();
            json.writeNumberField("min", points.get(i - 1).columnValue());
            json.writeFieldName("minVPValue");
            writeValue(json, mapping.property(), points.get(i - 1).value());
            json.writeNumberField("max", points.get(i).columnValue());
            json.writeFieldName("maxVPValue");
            writeValue(json, mapping.property(), points.get(i).value());
            json.writeBooleanField("includeMin", true);
            json.writeBooleanField("includeMax", true);
            json.writeEndObject();
        }
        Point last = points.get(points.size() - 1);
        json.writeStartObject();
        json.writeNumberField("min", last.columnValue());
        json.writeFieldName("minVPValue");
        writeValue(json, mapping.property(), last.value());
        json.writeBooleanField("includeMin", false);
        json.writeBooleanField("includeMax", false);
        json.writeEndObject();
        json.writeEndArray();
        endMapping(json);
    }

    private static void writePassthrough(JsonGenerator json, PassthroughMapping mapping) throws IOException {
        startMapping(json, mapping.property(), "PASSTHROUGH", mapping.column().name(), mapping.column().type());
        endMapping(json);
    }

    private static void startMapping(JsonGenerator json, Property property, String type, String attribute,
            ColumnType attributeType) throws IOException {
        json.writeObjectFieldStart(property.cx2Name());
        json.writeStringField("type", type);
        json.writeObjectFieldStart("definition");
        json.writeStringField("attribute", attribute);
        json.writeStringField("type", Cx2Writer.typeName(attributeType));
    }

    private static void endMapping(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Numbers as JSON numbers, everything else (names, colours) as strings. */
    private static void writeValue(JsonGenerator json, Property property, Value value) throws IOException {
        switch (property.kind()) {
            case DOUBLE -> json.writeNumber(Double.parseDouble(value.cx2Name()));
            case INTEGER -> json.writeNumber(Integer.parseInt(value.cx2Name()));
            case TEXT -> json.writeString(value.cx2Name());
            case POSITION -> writePosition(json, value.cx2Name());
        }
    }

    /**
     * A position as CX2 states it (read by Cytoscape's CX2 reader into the desktop's {@code S,N,c,0.00,2.00}): the
     * two anchors, the justification by name and the offsets as numbers.
     */
    private static void writePosition(JsonGenerator json, String position) throws IOException {
        String[] parts = position.split(",", -1);
        json.writeStartObject();
        json.writeStringField("ENTITY_ANCHOR", parts[0]);
        json.writeStringField("GRAPHICS_ANCHOR", parts[1]);
        json.writeStringField("JUSTIFICATION", switch (parts[2]) {
            case "l" -> "left";
            case "r" -> "right";
            default -> "center";
        });
        json.writeNumberField("MARGIN_X", Double.parseDouble(parts[3]));
        json.writeNumberField("MARGIN_Y", Double.parseDouble(parts[4]));
        json.writeEndObject();
    }
}
