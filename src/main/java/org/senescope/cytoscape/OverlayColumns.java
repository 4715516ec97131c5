package org.senescope.cytoscape;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Columns;
import org.senescope.workflow.OverlayResult;

/**
 * Writes the columns an overlay adds ({@link OverlayResult#overlayColumns()}) into a Cytoscape network's node, edge
 * and network tables, first deleting every column of the {@code senescope} namespace that is not one of the
 * network's own ({@link OverlayResult#networkColumns()}: an earlier import's), so that importing again replaces the
 * columns, conditions included, and never duplicates them. Not thread-safe.
 */
final class OverlayColumns {

    /** The node column that holds the overlay's colour value. */
    static final String VALUE = SenescopeColumns.of(Columns.OVERLAY_VALUE);

    private OverlayColumns() {
    }

    /** Replaces the overlay columns of {@code target}; returns the node columns written, by Cytoscape name. */
    static List<String> replace(OverlayResult result, CyNetwork target, SenescopeNodes ids) {
        CyTable nodeTable = target.getDefaultNodeTable();
        deleteOverlayColumns(nodeTable, result.networkColumns().nodes());
        deleteOverlayColumns(target.getDefaultEdgeTable(), result.networkColumns().edges());
        deleteOverlayColumns(target.getDefaultNetworkTable(), result.networkColumns().network());
        // The member charts carry their cells' values and colours, so they need no renaming into the namespace.
        AttributeTable nodes = result.overlayColumns().nodes();
        AttributeColumns.write(nodes, nodeTable, NetworkContent.rows(target, ids.nodes()), () -> false);
        if (!ids.edges().isEmpty()) {
            // A network Senescope did not build has no curated signed edges to check, so no edge column is made.
            AttributeColumns.write(result.overlayColumns().edges(), target.getDefaultEdgeTable(),
                    NetworkContent.rows(target, ids.edges()), () -> false);
        }
        AttributeTable network = result.overlayColumns().network();
        AttributeColumns.write(network, target.getDefaultNetworkTable(),
                Map.of(network.rows().get(0).elementId(), target.getRow(target)), () -> false);
        return nodes.columns().stream().map(c -> SenescopeColumns.of(c.name())).toList();
    }

    /**
     * Deletes the Senescope columns that are not the network's own: an earlier import's, whatever their names. GSEA's
     * node columns stay: they belong to the analysis, which may have ranked a file rather than this overlay; so do
     * the single-cell data's cell-type columns ({@link CellTypeColumns}).
     */
    private static void deleteOverlayColumns(CyTable table, AttributeTable own) {
        Set<String> keep = own.columns().stream().map(c -> SenescopeColumns.of(c.name())).collect(Collectors.toSet());
        List<String> old = table.getColumns().stream().map(CyColumn::getName)
                .filter(SenescopeColumns::isInNamespace)
                .filter(n -> !keep.contains(n))
                .filter(n -> !GseaColumns.isGseaColumn(n))
                .filter(n -> !CellTypeColumns.isCellTypeColumn(n))
                .toList();
        old.forEach(table::deleteColumn);
    }
}
