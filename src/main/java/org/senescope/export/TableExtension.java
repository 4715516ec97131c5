package org.senescope.export;

import org.senescope.model.Network;
import org.senescope.model.table.NetworkTables;

/**
 * Columns a writer appends after all others (module scores, cell-type expression), computed from the tables so far
 * and the network. Implementations are stateless.
 */
@FunctionalInterface
public interface TableExtension {

    /** {@code tables} of {@code network} with this extension's columns appended. */
    NetworkTables addTo(NetworkTables tables, Network network);
}
