package org.senescope.model.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's data laid over a network: one or more conditions (contrasts, samples, time points) and, for each node that
 * the data could be mapped to, its measurements. Nodes absent here were not measured.
 *
 * @param title      what the data are, for legends and captions (e.g. {@code HS_DESeq2_genesymb.tsv})
 * @param valueLabel what the values are, with units (e.g. {@code log2 fold change})
 * @param conditions condition names, in order
 * @param nodes      the measured nodes
 */
public record Overlay(String title, String valueLabel, List<String> conditions, List<NodeOverlay> nodes) {
    public Overlay {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueLabel, "valueLabel");
        conditions = List.copyOf(conditions);
        nodes = List.copyOf(nodes);
        for (NodeOverlay n : nodes) {
            if (n.measurements().size() != conditions.size()) {
                throw new IllegalArgumentException("node " + n.nodeId() + " has " + n.measurements().size()
                        + " measurements for " + conditions.size() + " conditions");
            }
        }
    }

    public Optional<NodeOverlay> node(String nodeId) {
        return nodes.stream().filter(n -> n.nodeId().equals(nodeId)).findFirst();
    }
}
