package org.senescope.render.recipe;

import java.nio.charset.StandardCharsets;

import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;

/**
 * A checksum of data already laid over a network, for recipes of figures whose data were not read from a file by the
 * figure itself (an import into Cytoscape): the SHA-256 of the title, value label, conditions and every node's values
 * and adjusted p-values, in order, as text. The same overlay always gives the same checksum. Stateless.
 */
public final class OverlayFingerprint {

    private OverlayFingerprint() {
    }

    public static String of(Overlay overlay) {
        StringBuilder text = new StringBuilder();
        text.append(overlay.title()).append('\n').append(overlay.valueLabel()).append('\n')
                .append(String.join("\t", overlay.conditions())).append('\n');
        for (NodeOverlay node : overlay.nodes()) {
            text.append(node.nodeId());
            for (Measurement m : node.measurements()) {
                // Double.toString is exact and locale-free, so equal values always give equal text.
                text.append('\t').append(m.value()).append('\t').append(m.adjustedP());
            }
            text.append('\n');
        }
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
