package org.senescope.export.sif;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Function;

import org.senescope.model.table.AttributeTable;
import org.senescope.export.NetworkWriter;
import org.senescope.export.OverlayLayer;
import org.senescope.model.Network;
import org.senescope.export.AttributeTables;

/**
 * Writes one attribute table that goes with a SIF file, for Cytoscape's Import Table from File: a header row, then one
 * row per element keyed in the {@code shared name} column by the name the SIF gives it (the node id;
 * {@code source (interaction) target} for an edge), followed by every column of {@link AttributeTable}. Importing the
 * node table also sets {@code name} to the node label. Stateless and thread-safe; nulls are not accepted; failures
 * are {@link IOException}s. Flushes but does not close the stream.
 */
public final class AttributeTableWriter implements NetworkWriter {

    private final Function<Network, AttributeTable> table;

    private AttributeTableWriter(Function<Network, AttributeTable> table) {
        this.table = table;
    }

    /** The node table, {@code <base>.nodes.tsv}. */
    public static AttributeTableWriter forNodes() {
        return new AttributeTableWriter(AttributeTables::nodes);
    }

    /** The node table with the columns of {@code layer} (see {@link OverlayLayer}). */
    public static AttributeTableWriter forNodes(OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        return new AttributeTableWriter(n -> AttributeTables.of(n, layer).nodes());
    }

    /** The edge table with the column of {@code layer} (see {@link OverlayLayer}). */
    public static AttributeTableWriter forEdges(OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        return new AttributeTableWriter(n -> AttributeTables.of(n, layer).edges());
    }

    /** The edge table, {@code <base>.edges.tsv}. */
    public static AttributeTableWriter forEdges() {
        return new AttributeTableWriter(AttributeTables::edges);
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(out, "out");
        TabText.writeTable(table.apply(network), out);
    }
}
