package org.senescope.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.ValueKind;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;

/**
 * The per-member values of a family, complex or shared gene as Cytoscape 3.10 draws them without extra apps: its
 * built-in bar chart ({@value #BAR_CHART}) in the node's first image/chart slot, a strip of one equal cell per member
 * placed under the node, as the figures draw a strip of member cells under it. Each node's chart carries its cells'
 * colours itself: each member's fill from {@link OverlayStyle#colorOf(Measurement, double)}, the colour the figures
 * give the same value (Cytoscape's heat map chart interpolates through only three colours, so it is not used). A
 * chart holding a shared measurement (one CDKN2A row for p16INK4a and ARF) is outlined in black, thick, as the
 * figures mark that cell with a black corner; Cytoscape's bar chart outlines all its cells alike. The members' names
 * and values are in {@link OverlayLayer#MEMBER_SYMBOLS_COLUMN} and {@link OverlayLayer#MEMBER_VALUES_COLUMN}.
 * Stateless.
 */
public final class MemberChart {

    /** Cytoscape 3.10's id of its bar chart factory, the prefix of the chart's serialised form. */
    public static final String BAR_CHART = "org.cytoscape.BarChart";
    /** The outline of a chart that holds a shared measurement. */
    public static final String SHARED_OUTLINE = "#000000";
    /** The outline of the cells of a chart without a shared measurement: the figures' cell border. */
    public static final String CELL_OUTLINE = "#333333";
    /** Cytoscape's serialised "no image or chart", the default of nodes without a chart. */
    public static final String NO_CHART = "org.cytoscape.cg.model.NullCustomGraphics,0,[ Remove Graphics ],";
    /** The chart's top centre 2 pixels below the node's bottom centre, so that it covers neither fill nor label. */
    public static final String UNDER_THE_NODE = "S,N,c,0.00,2.00";
    /** The node's first image/chart slot, under the same name in CX2 and in Cytoscape Desktop. */
    public static final Property CHART = Property.of("NODE_CUSTOMGRAPHICS_1", "NODE_CUSTOMGRAPHICS_1", ValueKind.TEXT);
    /** Where the first image/chart sits. */
    public static final Property CHART_POSITION = Property.of("NODE_CUSTOMGRAPHICS_POSITION_1",
            "NODE_CUSTOMGRAPHICS_POSITION_1", ValueKind.POSITION);
    /**
     * Nodes with fewer charted members get no chart, unless their one member is a shared measurement: one plain cell
     * would only repeat the node's own fill.
     */
    public static final int MIN_CHARTED_MEMBERS = 2;

    private static final Column CHART_COLUMN = new Column(OverlayLayer.MEMBER_CHART_COLUMN, ColumnType.STRING,
            "overlay member chart");

    private MemberChart() {
    }

    /** The chart passed through from {@link OverlayLayer#MEMBER_CHART_COLUMN} (empty: no chart). */
    public static PassthroughMapping mapping() {
        return new PassthroughMapping(CHART, CHART_COLUMN);
    }

    /**
     * The chart of {@code charted} in Cytoscape's serialised form, {@code org.cytoscape.BarChart:{...}}: the JSON of
     * its settings, as Cytoscape's chart factories read them: one value 1 per member on the range {@code [0, 1]}, so
     * that every cell is as tall as the strip, each cell's colour {@link OverlayStyle#colorOf(Measurement, double)} of
     * its value in {@code condition} on the scale of half-width {@code range}, no gaps, no axes, and the outline
     * {@link #SHARED_OUTLINE} when a member is a shared measurement, else {@link #CELL_OUTLINE}.
     */
    public static String chart(List<MemberOverlay> charted, int condition, double range) {
        boolean shared = charted.stream().anyMatch(MemberOverlay::shared);
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("cy_type", "GROUPED");
            json.writeArrayFieldStart("cy_values");
            for (int i = 0; i < charted.size(); i++) {
                json.writeNumber(1.0);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cy_colors");
            for (MemberOverlay member : charted) {
                json.writeString(OverlayStyle.colorOf(member.measurements().get(condition), range));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cy_range");
            json.writeNumber(0.0);
            json.writeNumber(1.0);
            json.writeEndArray();
            json.writeBooleanField("cy_globalRange", true);
            json.writeStringField("cy_orientation", "VERTICAL");
            json.writeNumberField("cy_separation", 0.0);
            json.writeBooleanField("cy_showDomainAxis", false);
            json.writeBooleanField("cy_showRangeAxis", false);
            json.writeStringField("cy_borderColor", shared ? SHARED_OUTLINE : CELL_OUTLINE);
            json.writeNumberField("cy_borderWidth", shared ? 2.0 : 0.5);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return BAR_CHART + ":" + text;
    }

    /** Whether {@code charted} gets a chart: two members or more, or one shared measurement. */
    public static boolean isCharted(List<MemberOverlay> charted) {
        return charted.size() >= MIN_CHARTED_MEMBERS || charted.stream().anyMatch(MemberOverlay::shared);
    }

    /** The members the chart draws: those with a value in {@code condition} that is not below --min-expression. */
    public static List<MemberOverlay> charted(NodeOverlay node, int condition) {
        return node.members().stream().filter(m -> {
            Measurement value = m.measurements().get(condition);
            return value.isMeasured() && !value.notExpressed();
        }).toList();
    }

    /** The three node columns, added after the other member columns. */
    static List<Column> columns(OverlayLayer layer) {
        String shown = layer.shownConditionName();
        return List.of(
                new Column(OverlayLayer.MEMBER_SYMBOLS_COLUMN, ColumnType.STRING_LIST, "the members in the member "
                        + "chart, in order: each member with a value in " + shown + " not below --min-expression"),
                new Column(OverlayLayer.MEMBER_VALUES_COLUMN, ColumnType.DOUBLE_LIST, layer.overlay().valueLabel()
                        + " in " + shown + " of each member in " + OverlayLayer.MEMBER_SYMBOLS_COLUMN),
                new Column(OverlayLayer.MEMBER_CHART_COLUMN, ColumnType.STRING, "Cytoscape's bar chart of one cell "
                        + "per member in " + OverlayLayer.MEMBER_SYMBOLS_COLUMN + ", coloured as the figures colour its"
                        + " value, under nodes with " + MIN_CHARTED_MEMBERS + " members or more in it or a shared one,"
                        + " outlined in black when shared (empty: no chart)"));
    }

    /** The values of {@link #columns} for the node of {@code nodeId}; empty lists and no chart when not measured. */
    static List<AttributeValue> values(OverlayLayer layer, String nodeId) {
        Overlay overlay = layer.overlay();
        List<MemberOverlay> charted = overlay.node(nodeId).map(n -> charted(n, layer.shownCondition()))
                .orElse(List.of());
        List<Double> values = new ArrayList<>();
        charted.forEach(m -> values.add(m.measurements().get(layer.shownCondition()).value()));
        String chart = isCharted(charted) ? chart(charted, layer.shownCondition(), layer.colourRange()) : "";
        return List.of(AttributeValue.of(charted.stream().map(MemberOverlay::symbol).toList()),
                AttributeValue.ofDecimals(values), AttributeValue.of(chart));
    }
}
