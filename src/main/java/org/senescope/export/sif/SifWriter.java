package org.senescope.export.sif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.senescope.export.NetworkWriter;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;

/**
 * Writes a network as SIF: one {@code source<TAB>relation<TAB>target} line per edge, in network order, then one line
 * per node that has no edge. Tabs keep node ids and relation labels with spaces whole; Cytoscape names each edge
 * {@code source (relation) target}, the Senescope edge id, which keys the edge table of
 * {@link AttributeTableWriter#forEdges()}. No field contains a tab or line break (see the package). A line holding only
 * an isolated node has no tab, so Cytoscape splits it at spaces: node ids with spaces would break there (Senescope's
 * curated ids have none). Stateless and thread-safe; nulls are not accepted; failures
 * are {@link IOException}s. Flushes but does not close the stream.
 */
public final class SifWriter implements NetworkWriter {

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(out, "out");
        Writer writer = TabText.open(out);
        Set<String> connected = new HashSet<>();
        for (Edge edge : network.edges()) {
            TabText.writeLine(writer, List.of(edge.sourceId(), edge.relation().label(), edge.targetId()));
            connected.add(edge.sourceId());
            connected.add(edge.targetId());
        }
        for (Node node : network.nodes()) {
            if (!connected.contains(node.id())) {
                TabText.writeLine(writer, List.of(node.id()));
            }
        }
        writer.flush();
    }
}
