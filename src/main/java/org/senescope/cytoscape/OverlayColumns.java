package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Column;
import org.senescope.model.table.NetworkTables;
import org.senescope.model.Network;
import org.senescope.overlay.OverlayResult;
import org.senescope.export.AttributeTables;

/**
 * Writes an overlay's node, edge and network columns ({@link NetworkTables#of(Network, org.senescope.export.OverlayLayer)}
 * less the network's own) into a Cytoscape network, first deleting every column of the {@code senescope} namespace that
 * is not one of the network's own (an earlier import's), so that importing again replaces the columns, conditions
 * included, and never duplicates them. Not thread-safe.
 */
final class OverlayColumns {

    /** The node column that holds the overlay's colour value. */
    static final String VALUE = SenescopeColumns.of(org.senescope.export.OverlayLayer.VALUE_COLUMN);

    private OverlayColumns() {
    }

    /** Replaces the overlay columns of {@code target}; returns the node columns written, by Cytoscape name. */
    static List<String> replace(Network network, OverlayResult result, CyNetwork target, SenescopeNodes ids) {
        NetworkTables base = AttributeTables.of(network);
        NetworkTables withOverlay = AttributeTables.of(network, result.layer());
        CyTable nodeTable = target.getDefaultNodeTable();
        deleteOverlayColumns(nodeTable, base.nodes());
        deleteOverlayColumns(target.getDefaultEdgeTable(), base.edges());
        deleteOverlayColumns(target.getDefaultNetworkTable(), base.network());
        AttributeTable nodes = added(withOverlay.nodes(), base.nodes());
        AttributeColumns.write(nodes, nodeTable, NetworkContent.rows(target, ids.nodes()), () -> false);
        if (!ids.edges().isEmpty()) {
            // A network Senescope did not build has no curated signed edges to check, so no edge column is made.
            AttributeColumns.write(added(withOverlay.edges(), base.edges()), target.getDefaultEdgeTable(),
                    NetworkContent.rows(target, ids.edges()), () -> false);
        }
        AttributeColumns.write(added(withOverlay.network(), base.network()), target.getDefaultNetworkTable(),
                Map.of(withOverlay.networkRow().elementId(), target.getRow(target)), () -> false);
        return nodes.columns().stream().map(c -> SenescopeColumns.of(c.name())).toList();
    }

    /**
     * Deletes the Senescope columns that are not the network's own: an earlier import's, whatever their names. GSEA's
     * node columns stay: they belong to the analysis, which may have ranked a file rather than this overlay.
     */
    private static void deleteOverlayColumns(CyTable table, AttributeTable own) {
        Set<String> keep = own.columns().stream().map(c -> SenescopeColumns.of(c.name())).collect(Collectors.toSet());
        List<String> old = table.getColumns().stream().map(CyColumn::getName)
                .filter(SenescopeColumns::isInNamespace)
                .filter(n -> !keep.contains(n))
                .filter(n -> !GseaColumns.isGseaColumn(n))
                .toList();
        old.forEach(table::deleteColumn);
    }

    /** The columns of {@code extended} that {@code base} lacks, with their values. */
    private static AttributeTable added(AttributeTable extended, AttributeTable base) {
        Set<String> baseNames = base.columns().stream().map(Column::name).collect(Collectors.toSet());
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < extended.columns().size(); i++) {
            if (!baseNames.contains(extended.columns().get(i).name())) {
                keep.add(i);
            }
        }
        List<Column> columns = keep.stream().map(extended.columns()::get).toList();
        List<AttributeTable.Row> rows = extended.rows().stream()
                .map(r -> new AttributeTable.Row(r.elementId(), keep.stream().map(r.values()::get).toList()))
                .toList();
        return new AttributeTable(columns, rows);
    }
}
