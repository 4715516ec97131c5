package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.senescope.failure.BadRequestException;
import org.senescope.workflow.NodeValueRanking;
import org.senescope.workflow.RankingSource;

/**
 * A GSEA ranking from a number column of the network's nodes (an imported overlay): reads each node's value and hands
 * the values to {@link NodeValueRanking}, which decides what is ranked. Call it on the task thread.
 */
final class GseaRanking {

    private GseaRanking() {
    }

    /**
     * The ranking from node column {@code column} of the network's genes.
     *
     * @throws BadRequestException when the column is missing or not numeric
     * @throws org.senescope.failure.BadDataException when no gene node has a value
     */
    static RankingSource.Given fromColumn(CyNetwork network, String column, OverlayTarget target) {
        CyColumn found = network.getDefaultNodeTable().getColumn(column);
        if (found == null) {
            throw new BadRequestException("rankColumn: the node table of '" + OverlayTarget.name(network)
                    + "' has no column '" + column + "': import expression data first (Apps > Senescope > "
                    + ImportExpressionTask.TITLE + ") or give rankFile");
        }
        Class<?> type = found.getType();
        if (type != Double.class && type != Integer.class && type != Long.class) {
            throw new BadRequestException("rankColumn: column '" + column + "' holds " + type.getSimpleName()
                    + " values; rank by a number column such as senescope::overlay_value");
        }
        List<NodeValueRanking.NodeValue> values = new ArrayList<>();
        for (Map.Entry<String, CyNode> entry : target.ids().nodes().entrySet()) {
            Object value = network.getRow(entry.getValue()).get(column, type);
            values.add(new NodeValueRanking.NodeValue(entry.getKey(),
                    value == null ? Double.NaN : ((Number) value).doubleValue()));
        }
        return NodeValueRanking.of(target.model(), values, column, OverlayTarget.name(network));
    }
}
