package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.export.CellTypeAttributes;
import org.senescope.export.TableExtension;
import org.senescope.model.Network;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.NetworkTables;

/**
 * What {@link ScOverlayJob} computed: the values on the nodes, notes for the user, what was done in a few lines, and
 * the files to write. Immutable.
 *
 * @param nodes   per measured gene node, per cell type, the fraction of cells expressing it and the mean
 * @param columns the node and network columns the Cytoscape files carry: those of {@code nodes}
 *                ({@link CellTypeAttributes}) and, with the pseudobulk contrast, its log fold change and adjusted p
 *                ({@link org.senescope.export.PseudobulkAttributes})
 * @param notes   what was detected or left out (value kind, identifier mapping, cells without a type), one line each
 * @param summary what was done, one line each, to show after the notes
 * @param files   the network files and tables to write, as one set
 */
public record ScOverlayResult(NodeCellTypes nodes, TableExtension columns, List<String> notes, List<String> summary,
                              OutputSet files) {

    public ScOverlayResult {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(columns, "columns");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }

    /**
     * The columns the Cytoscape files carry ({@link #columns()}), alone: one node row per
     * id of {@code nodeIds} (a node not measured has missing values) and one network row, {@code networkRow}; no
     * edges. For a front end that adds them to a network it already has.
     */
    public NetworkTables cellTypeColumns(Network network, List<String> nodeIds, String networkRow) {
        NetworkTables none = new NetworkTables(
                new AttributeTable(List.of(), List.of(new AttributeTable.Row(networkRow, List.of()))),
                new AttributeTable(List.of(), nodeIds.stream().map(id -> new AttributeTable.Row(id, List.of()))
                        .toList()),
                new AttributeTable(List.of(), List.of()));
        return columns.addTo(none, network);
    }
}
