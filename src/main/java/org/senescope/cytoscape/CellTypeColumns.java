package org.senescope.cytoscape;

import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;
import org.senescope.model.Network;
import org.senescope.model.table.NetworkTables;
import org.senescope.workflow.ScOverlayResult;

/**
 * Writes the columns cell-type expression adds ({@link ScOverlayResult#cellTypeColumns}: per cell type
 * {@code senescope::celltype_fraction_T} and {@code celltype_mean_T}, {@code celltypes_expressing},
 * {@code celltype_top}, {@code celltype_genes} on nodes; what the values are on the network) into a Senescope
 * network's tables, first deleting an earlier run's, so that running again with other cell types never leaves a type
 * that is no longer there. Every such column's name starts with {@value #PREFIX}. Not thread-safe.
 */
final class CellTypeColumns {

    /** The start of every cell-type column's Cytoscape name. */
    static final String PREFIX = SenescopeColumns.NAMESPACE + SenescopeColumns.NAMESPACE_SEPARATOR + "celltype";

    private static final String NETWORK_ROW = "network";

    private CellTypeColumns() {
    }

    /** Whether a Cytoscape column is one of the cell-type columns. */
    static boolean isCellTypeColumn(String cytoscapeColumn) {
        return cytoscapeColumn.startsWith(PREFIX);
    }

    /**
     * Replaces the cell-type columns of {@code target}, whose nodes {@code ids} lists by Senescope id, with those of
     * {@code values} ({@code network} is the network they were computed on); returns the node columns written, by
     * Cytoscape name.
     */
    static List<String> replace(ScOverlayResult values, Network network, CyNetwork target, SenescopeNodes ids) {
        CyTable nodeTable = target.getDefaultNodeTable();
        CyTable networkTable = target.getDefaultNetworkTable();
        deleteCellTypeColumns(nodeTable);
        deleteCellTypeColumns(networkTable);
        NetworkTables written = values.cellTypeColumns(network, List.copyOf(ids.nodes().keySet()), NETWORK_ROW);
        AttributeColumns.write(written.nodes(), nodeTable, NetworkContent.rows(target, ids.nodes()), () -> false);
        AttributeColumns.write(written.network(), networkTable, Map.of(NETWORK_ROW, target.getRow(target)),
                () -> false);
        return written.nodes().columns().stream().map(c -> SenescopeColumns.of(c.name())).toList();
    }

    private static void deleteCellTypeColumns(CyTable table) {
        table.getColumns().stream().map(CyColumn::getName).filter(CellTypeColumns::isCellTypeColumn).toList()
                .forEach(table::deleteColumn);
    }
}
