package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.table.NetworkTables;

/**
 * The data laid over the network: the values, the mapping report and summaries, the columns the overlay adds to the
 * network's tables, what to tell the user, and the files (not yet written). Immutable; nulls are not accepted.
 *
 * @param mapped         values per node, the mapping report, module summaries, edge verdicts, colour scale
 * @param networkColumns the network's own node, edge and network tables
 * @param overlayColumns the columns the overlay adds, for every node, edge and the network (an earlier overlay's
 *                       columns are exactly those not in {@code networkColumns})
 * @param notes          lines for the user, in order: the groups, the mapping report's summary, the colours, the
 *                       modules and the edge-consistency counts of the shown condition
 * @param warnings       lines the user should not miss (values that look linear-scale)
 * @param files          the files asked for; none (in the working directory) when no files were asked for
 */
public record OverlayResult(MappedOverlay mapped, NetworkTables networkColumns, NetworkTables overlayColumns,
                            List<String> notes, List<String> warnings, OutputSet files) {

    public OverlayResult {
        Objects.requireNonNull(mapped, "mapped");
        Objects.requireNonNull(networkColumns, "networkColumns");
        Objects.requireNonNull(overlayColumns, "overlayColumns");
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(files, "files");
    }
}
