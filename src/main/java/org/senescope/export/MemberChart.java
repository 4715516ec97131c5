package org.senescope.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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
 * built-in heat map chart ({@value #HEAT_MAP_CHART}) in the node's first image/chart slot, a strip of one cell per
 * member placed under the node, as the figures draw a strip of member cells under it. The chart reads the members'
 * values of the shown condition from {@link OverlayLayer#MEMBER_VALUES_COLUMN} and their names (its range axis labels,
 * off by default) from {@link OverlayLayer#MEMBER_SYMBOLS_COLUMN}; its colours are the ends and the centre of
 * {@link OverlayStyle}'s scale on the same range, which Cytoscape's heat map interpolates linearly between them (the
 * figures and the node fill interpolate through all nine {@link OverlayStyle#STOPS}, so the cells between the centre
 * and the ends are slightly lighter or darker than the figure's). Stateless.
 */
public final class MemberChart {

    /** Cytoscape 3.10's id of its heat map chart factory, the prefix of the chart's serialised form. */
    public static final String HEAT_MAP_CHART = "org.cytoscape.HeatMapChart";
    /** Cytoscape's serialised "no image or chart", the default of nodes without a chart. */
    public static final String NO_CHART = "org.cytoscape.cg.model.NullCustomGraphics,0,[ Remove Graphics ],";
    /** The chart's top centre 2 pixels below the node's bottom centre, so that it covers neither fill nor label. */
    public static final String UNDER_THE_NODE = "S,N,c,0.00,2.00";
    /** The node's first image/chart slot, under the same name in CX2 and in Cytoscape Desktop. */
    public static final Property CHART = Property.of("NODE_CUSTOMGRAPHICS_1", "NODE_CUSTOMGRAPHICS_1", ValueKind.TEXT);
    /** Where the first image/chart sits. */
    public static final Property CHART_POSITION = Property.of("NODE_CUSTOMGRAPHICS_POSITION_1",
            "NODE_CUSTOMGRAPHICS_POSITION_1", ValueKind.POSITION);
    /** Nodes with fewer charted members get no chart: one cell would only repeat the node's own fill. */
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
     * The chart in Cytoscape's serialised form, {@code org.cytoscape.HeatMapChart:{...}}: the JSON of its settings,
     * as Cytoscape's chart factories read them: data from the values column, range labels from the symbols column,
     * colours upper, zero, lower and missing ({@link OverlayStyle#HIGH_COLOR}, {@link OverlayStyle#MIDDLE_COLOR},
     * {@link OverlayStyle#LOW_COLOR}, {@link OverlayStyle#MISSING_COLOR}), the range {@code [-range, range]} for every
     * node alike, members across, no axes.
     *
     * @param columnName the name the table gives a column of {@link OverlayLayer} (Cytoscape's app namespaces them)
     */
    public static String chart(double range, UnaryOperator<String> columnName) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("cy_dataColumns");
            json.writeString(columnName.apply(OverlayLayer.MEMBER_VALUES_COLUMN));
            json.writeEndArray();
            json.writeStringField("cy_rangeLabelsColumn", columnName.apply(OverlayLayer.MEMBER_SYMBOLS_COLUMN));
            json.writeArrayFieldStart("cy_colors");
            for (String colour : List.of(OverlayStyle.HIGH_COLOR, OverlayStyle.MIDDLE_COLOR, OverlayStyle.LOW_COLOR,
                    OverlayStyle.MISSING_COLOR)) {
                json.writeString(colour);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("cy_range");
            json.writeNumber(-range);
            json.writeNumber(range);
            json.writeEndArray();
            json.writeBooleanField("cy_globalRange", true);
            json.writeStringField("cy_orientation", "HORIZONTAL");
            json.writeBooleanField("cy_showDomainAxis", false);
            json.writeBooleanField("cy_showRangeAxis", false);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return HEAT_MAP_CHART + ":" + text;
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
                new Column(OverlayLayer.MEMBER_CHART_COLUMN, ColumnType.STRING, "Cytoscape's heat map chart of "
                        + OverlayLayer.MEMBER_VALUES_COLUMN + " under nodes with " + MIN_CHARTED_MEMBERS
                        + " members or more in it (empty: no chart)"));
    }

    /** The values of {@link #columns} for the node of {@code nodeId}; empty lists and no chart when not measured. */
    static List<AttributeValue> values(OverlayLayer layer, String nodeId) {
        Overlay overlay = layer.overlay();
        List<MemberOverlay> charted = overlay.node(nodeId).map(n -> charted(n, layer.shownCondition()))
                .orElse(List.of());
        List<Double> values = new ArrayList<>();
        charted.forEach(m -> values.add(m.measurements().get(layer.shownCondition()).value()));
        String chart = charted.size() >= MIN_CHARTED_MEMBERS ? chart(layer.colourRange(), UnaryOperator.identity())
                : "";
        return List.of(AttributeValue.of(charted.stream().map(MemberOverlay::symbol).toList()),
                AttributeValue.ofDecimals(values), AttributeValue.of(chart));
    }
}
