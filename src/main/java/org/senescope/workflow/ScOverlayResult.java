package org.senescope.workflow;

import java.util.List;
import java.util.Objects;

import org.senescope.model.cell.NodeCellTypes;

/**
 * What {@link ScOverlayJob} computed: the values on the nodes, notes for the user, what was done in a few lines, and
 * the files to write. Immutable.
 *
 * @param nodes   per measured gene node, per cell type, the fraction of cells expressing it and the mean
 * @param notes   what was detected or left out (value kind, identifier mapping, cells without a type), one line each
 * @param summary what was done, one line each, to show after the notes
 * @param files   the network files and tables to write, as one set
 */
public record ScOverlayResult(NodeCellTypes nodes, List<String> notes, List<String> summary, OutputSet files) {

    public ScOverlayResult {
        Objects.requireNonNull(nodes, "nodes");
        notes = List.copyOf(notes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(files, "files");
    }
}
