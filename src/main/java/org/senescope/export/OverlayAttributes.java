package org.senescope.export;

import java.util.ArrayList;
import java.util.List;

import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;

/**
 * The columns an {@link OverlayLayer} adds after a network's own: on nodes the shown condition's value, adjusted p and
 * significance, the input identifier and route, and every condition's value and adjusted p; on edges the edge label;
 * on the network what the overlay is.
 */
final class OverlayAttributes {

    private OverlayAttributes() {
    }

    static AttributeTable nodes(AttributeTable base, OverlayLayer layer) {
        Overlay overlay = layer.overlay();
        List<Column> added = new ArrayList<>(List.of(
                new Column(OverlayLayer.VALUE_COLUMN, ColumnType.DOUBLE,
                        overlay.valueLabel() + " in " + layer.shownConditionName() + " (the colour of the node)"),
                new Column(OverlayLayer.PADJ_COLUMN, ColumnType.DOUBLE,
                        "adjusted p-value in " + layer.shownConditionName()),
                new Column(OverlayLayer.SIGNIFICANT_COLUMN, ColumnType.BOOLEAN,
                        "adjusted p-value below " + layer.significanceThreshold() + " (a wide border)"),
                new Column(OverlayLayer.INPUT_ID_COLUMN, ColumnType.STRING, "the input identifier the values came from"),
                new Column(OverlayLayer.ROUTE_COLUMN, ColumnType.STRING, "how the identifier reached the node"),
                new Column(OverlayLayer.LABEL_COLOR_COLUMN, ColumnType.STRING,
                        "the label colour that reads on the node's fill (black or white)")));
        for (String condition : overlay.conditions()) {
            added.add(new Column(OverlayLayer.conditionColumn(condition), ColumnType.DOUBLE,
                    overlay.valueLabel() + " in " + condition));
            added.add(new Column(OverlayLayer.conditionPadjColumn(condition), ColumnType.DOUBLE,
                    "adjusted p-value in " + condition));
        }
        boolean members = overlay.nodes().stream().anyMatch(NodeOverlay::hasMembers);
        // Only overlays with a gene below --min-expression carry the column, so others keep their bytes.
        boolean filtered = overlay.nodes().stream().anyMatch(OverlayAttributes::anyNotExpressed);
        if (filtered) {
            added.add(new Column(OverlayLayer.BELOW_MIN_EXPRESSION_COLUMN, ColumnType.BOOLEAN, "the gene's mean "
                    + "expression is below --min-expression in " + layer.shownConditionName() + ": drawn not "
                    + "expressed, " + OverlayLayer.VALUE_COLUMN + " left empty (the value is in the condition column)"));
        }
        // Only overlays with a family, complex or shared gene carry the member columns, so others keep their bytes.
        if (members) {
            added.add(new Column(OverlayLayer.MEMBERS_COLUMN, ColumnType.STRING_LIST, "each measured member of a "
                    + "family, complex or shared gene: symbol, input row identifier, value and adjusted p per condition"));
            added.add(new Column(OverlayLayer.SHARED_WITH_COLUMN, ColumnType.STRING_LIST,
                    "the other nodes one shared measurement was laid on (one CDKN2A row for p16INK4a and ARF)"));
            added.addAll(MemberChart.columns(layer));
        }
        return base.withColumns(added, id -> {
            List<AttributeValue> values = nodeValues(overlay, layer, id, added.size());
            if (filtered) {
                values.add(AttributeValue.of(overlay.node(id)
                        .map(n -> n.measurements().get(layer.shownCondition()).notExpressed()).orElse(false)));
            }
            if (members) {
                NodeOverlay node = overlay.node(id).orElse(null);
                values.add(AttributeValue.of(node == null ? List.of() : node.members().stream()
                        .map(m -> describe(m, overlay.conditions())).toList()));
                values.add(AttributeValue.of(node == null ? List.of() : node.members().stream()
                        .flatMap(m -> m.sharedWith().stream()).distinct().toList()));
                values.addAll(MemberChart.values(layer, id));
            }
            return values;
        });
    }

    /** {@code IL12B [row IL12B]: HS 1.678 (adj. p NA); SN ...}, every condition named. */
    static String describe(MemberOverlay member, List<String> conditions) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            Measurement m = member.measurements().get(c);
            parts.add(conditions.get(c) + " " + (m.isMeasured() ? Double.toString(m.value()) : "not measured")
                    + " (adj. p " + (m.hasSignificance() ? Double.toString(m.adjustedP()) : "NA")
                    + (m.notExpressed() ? ", below --min-expression" : "") + ")");
        }
        return member.symbol() + " [row " + member.inputIdentifier() + "]" + (member.shared() ? " shared with "
                + String.join(", ", member.sharedWith()) : "") + ": " + String.join("; ", parts);
    }

    private static List<AttributeValue> nodeValues(Overlay overlay, OverlayLayer layer, String nodeId, int count) {
        NodeOverlay node = overlay.node(nodeId).orElse(null);
        List<AttributeValue> values = new ArrayList<>(count);
        if (node == null) {
            values.add(AttributeValue.ofDecimal(Double.NaN));
            values.add(AttributeValue.ofDecimal(Double.NaN));
            values.add(AttributeValue.of(false));
            values.add(AttributeValue.of(""));
            values.add(AttributeValue.of(""));
            values.add(AttributeValue.of(OverlayStyle.labelColorOf(Measurement.MISSING, layer.colourRange())));
            for (int i = 0; i < overlay.conditions().size(); i++) {
                values.add(AttributeValue.ofDecimal(Double.NaN));
                values.add(AttributeValue.ofDecimal(Double.NaN));
            }
            return values;
        }
        Measurement shown = node.measurements().get(layer.shownCondition());
        // The colour column: a gene below --min-expression must not be coloured as a change in Cytoscape.
        values.add(AttributeValue.ofDecimal(shown.notExpressed() ? Double.NaN : shown.value()));
        values.add(AttributeValue.ofDecimal(shown.adjustedP()));
        values.add(AttributeValue.of(shown.hasSignificance() && shown.adjustedP() < layer.significanceThreshold()));
        values.add(AttributeValue.of(node.inputIdentifier()));
        values.add(AttributeValue.of(node.mappingRoute()));
        values.add(AttributeValue.of(OverlayStyle.labelColorOf(shown, layer.colourRange())));
        for (Measurement m : node.measurements()) {
            values.add(AttributeValue.ofDecimal(m.value()));
            values.add(AttributeValue.ofDecimal(m.adjustedP()));
        }
        return values;
    }

    private static boolean anyNotExpressed(NodeOverlay node) {
        return node.measurements().stream().anyMatch(Measurement::notExpressed)
                || node.members().stream().flatMap(m -> m.measurements().stream()).anyMatch(Measurement::notExpressed);
    }

    static AttributeTable edges(AttributeTable base, OverlayLayer layer) {
        List<Column> columns = List.of(
                new Column(OverlayLayer.EDGE_LABEL_COLUMN, ColumnType.STRING, layer.edgeLabelNote()),
                new Column(OverlayLayer.EDGE_REASON_COLUMN, ColumnType.STRING,
                        "why the edge was or was not tested against the data"));
        return base.withColumns(columns, id -> List.of(AttributeValue.of(layer.edgeLabels().getOrDefault(id, "")),
                AttributeValue.of(layer.edgeReasons().getOrDefault(id, ""))));
    }

    static AttributeTable network(AttributeTable base, OverlayLayer layer) {
        List<Column> added = List.of(
                new Column("overlay_title", ColumnType.STRING, "the data laid over the network"),
                new Column("overlay_value_label", ColumnType.STRING, "what the overlay values are"),
                new Column("overlay_conditions", ColumnType.STRING_LIST, "the overlay's conditions, in order"),
                new Column("overlay_shown_condition", ColumnType.STRING, "the condition the node colours show"),
                new Column("overlay_colour_range", ColumnType.DOUBLE,
                        "values at or beyond plus or minus this get the end colours"),
                new Column("overlay_edge_consistency_note", ColumnType.STRING, "what overlay_consistency means"));
        Overlay overlay = layer.overlay();
        List<AttributeValue> values = List.of(AttributeValue.of(overlay.title()),
                AttributeValue.of(overlay.valueLabel()), AttributeValue.of(overlay.conditions()),
                AttributeValue.of(layer.shownConditionName()), AttributeValue.ofDecimal(layer.colourRange()),
                AttributeValue.of(layer.edgeLabelNote()));
        return base.withColumns(added, id -> values);
    }
}
