package org.senescope.overlay;

import java.io.IOException;
import java.util.Objects;

import org.senescope.read.table.StreamedTable;

/**
 * A table to lay over the network: its first rows, held, from which its columns and identifiers are detected, and all
 * its rows, handed out again on each use of {@link #rows()} (from memory, or read again from the file for a large
 * table, so that mapping it needs memory for the rows that reach the network, not for the table). Immutable.
 */
public final class OverlaySource {

    /** All rows of a table, in order, each time it is called. */
    @FunctionalInterface
    interface TableRows {
        void forEach(StreamedTable.RowConsumer consumer) throws IOException;
    }

    private final InputTable sample;
    private final TableRows rows;

    private OverlaySource(InputTable sample, TableRows rows) {
        this.sample = Objects.requireNonNull(sample, "sample");
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** A table held whole: the sample is the table. */
    public static OverlaySource of(InputTable table) {
        return new OverlaySource(table, consumer -> {
            for (int r = 0; r < table.rowCount() && consumer.row(table.line(r), table.row(r)); r++) {
                // each row handed out
            }
        });
    }

    /** A streamed table: {@code sample} holds its first rows, {@code table} reads them all. */
    static OverlaySource streamed(InputTable sample, StreamedTable table) {
        return new OverlaySource(sample, table::forEachRow);
    }

    /** The first rows (all of them for a table held whole), for detection. */
    public InputTable sample() {
        return sample;
    }

    /** Hands each row, with its line, to {@code consumer} in file order; the cells must not be changed. */
    TableRows rows() {
        return rows;
    }
}
