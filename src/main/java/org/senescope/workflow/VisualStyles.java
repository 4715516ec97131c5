package org.senescope.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.senescope.export.MemberChart;
import org.senescope.export.NetworkStyle;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.model.style.StyleDefinition;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;

/**
 * Senescope's two visual styles as whole definitions, for a front end that builds styles itself (the Cytoscape
 * adapter): the same decisions every styled export format writes. Stateless and thread-safe.
 */
public final class VisualStyles {

    /** The title of Senescope's style. */
    public static final String NETWORK_STYLE_NAME = NetworkStyle.STYLE_NAME;

    /** The title of the style of networks with data laid over them. */
    public static final String OVERLAY_STYLE_NAME = OverlayStyle.STYLE_NAME;

    private VisualStyles() {
    }

    /** Senescope's style: shape and fill by node kind, arrow by sign, dashed grey negative findings. */
    public static StyleDefinition network() {
        return NetworkStyle.definition();
    }

    /**
     * Senescope's style with nodes filled by an overlay's value on the diverging scale of half-width {@code range}
     * (positive), grey where not measured, and a wide border where significant.
     */
    public static StyleDefinition overlay(double range) {
        return OverlayStyle.definition(range);
    }

    /**
     * The overlay's node columns for a table whose column names differ from the exports' ({@code columnName}, e.g.
     * Cytoscape's namespace): each member chart names the member columns as that table does, so that the chart
     * finds its data there. A table without member columns is returned as it is.
     *
     * @param range the overlay's colour range, positive
     */
    public static AttributeTable chartsNamedFor(AttributeTable overlayNodes, double range,
                                                UnaryOperator<String> columnName) {
        int chart = overlayNodes.columns().stream().map(c -> c.name()).toList()
                .indexOf(OverlayLayer.MEMBER_CHART_COLUMN);
        if (chart < 0) {
            return overlayNodes;
        }
        AttributeValue renamed = AttributeValue.of(MemberChart.chart(range, columnName));
        List<AttributeTable.Row> rows = new ArrayList<>(overlayNodes.rows().size());
        for (AttributeTable.Row row : overlayNodes.rows()) {
            List<AttributeValue> values = new ArrayList<>(row.values());
            if (!values.get(chart).flatText().isEmpty()) {
                values.set(chart, renamed);
            }
            rows.add(new AttributeTable.Row(row.elementId(), values));
        }
        return new AttributeTable(overlayNodes.columns(), rows);
    }
}
