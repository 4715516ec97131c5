package org.senescope.cytoscape;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.senescope.model.EvidenceType;

/**
 * What {@code senescope build} made: the network's and view's SUIDs, its title, its counts, and the style applied.
 * Immutable; nulls are not accepted.
 *
 * @param networkSuid the new network's SUID
 * @param viewSuid    the view's SUID, when a view was made
 * @param title       the network's title in Cytoscape
 * @param nodes       how many nodes
 * @param edges       how many edges
 * @param claims      how many claims the edges carry
 * @param claimsByEvidenceType claims counted by evidence type label
 * @param style       the title of the visual style applied, or empty without a view
 */
record BuiltNetwork(long networkSuid, Optional<Long> viewSuid, String title, int nodes, int edges, int claims,
        Map<String, Long> claimsByEvidenceType, Optional<String> style) {

    BuiltNetwork {
        Objects.requireNonNull(viewSuid, "viewSuid");
        Objects.requireNonNull(title, "title");
        claimsByEvidenceType = Map.copyOf(claimsByEvidenceType);
        Objects.requireNonNull(style, "style");
    }

    static Map<String, Long> countsByLabel(Map<EvidenceType, Long> counts) {
        java.util.LinkedHashMap<String, Long> byLabel = new java.util.LinkedHashMap<>();
        for (EvidenceType type : EvidenceType.values()) {
            byLabel.put(type.label(), counts.getOrDefault(type, 0L));
        }
        return byLabel;
    }

    /** The command's JSON result. */
    String json() {
        return JsonText.of(json -> {
            json.writeStartObject();
            json.writeNumberField("network", networkSuid);
            if (viewSuid.isPresent()) {
                json.writeNumberField("view", viewSuid.get());
            }
            json.writeStringField("title", title);
            json.writeNumberField("nodes", nodes);
            json.writeNumberField("edges", edges);
            json.writeNumberField("claims", claims);
            json.writeObjectFieldStart("claimsByEvidenceType");
            for (EvidenceType type : EvidenceType.values()) {
                json.writeNumberField(type.label(), claimsByEvidenceType.getOrDefault(type.label(), 0L));
            }
            json.writeEndObject();
            if (style.isPresent()) {
                json.writeStringField("style", style.get());
            }
            json.writeEndObject();
        });
    }

    /** One line for the task panel and for {@code commandsRun}'s plain-text result. */
    String summary() {
        return String.format("%s: %d nodes, %d edges, %d claims (network SUID %d)", title, nodes, edges, claims,
                networkSuid);
    }
}
