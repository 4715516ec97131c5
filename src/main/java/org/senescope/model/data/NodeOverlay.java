package org.senescope.model.data;

import java.util.List;
import java.util.Objects;

/**
 * What a user's data say about one network node.
 *
 * @param nodeId          the node
 * @param measurements    one per condition of the overlay, in its order
 * @param inputIdentifier the identifier of the input row the values came from (e.g. {@code ENSG00000141510.17})
 * @param mappingRoute    how that identifier reached the node, in words (e.g. {@code Ensembl -> TP53},
 *                        {@code mouse symbol Trp53 -> 1:1 ortholog TP53})
 */
public record NodeOverlay(String nodeId, List<Measurement> measurements, String inputIdentifier, String mappingRoute) {
    public NodeOverlay {
        Objects.requireNonNull(nodeId, "nodeId");
        measurements = List.copyOf(measurements);
        Objects.requireNonNull(inputIdentifier, "inputIdentifier");
        Objects.requireNonNull(mappingRoute, "mappingRoute");
    }
}
