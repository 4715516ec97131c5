package org.senescope.workflow;

import java.util.Objects;

import org.senescope.model.table.NetworkTables;

/**
 * A network ready to be written: the attribute tables every format carries, and the files, not yet written. Immutable.
 *
 * @param tables the network, node and edge tables, with the layer's columns
 * @param files  the files of every format asked for, main file of each format first
 */
public record ExportResult(NetworkTables tables, OutputSet files) {

    public ExportResult {
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(files, "files");
    }
}
