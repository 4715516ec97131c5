package org.senescope.cytoscape;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.senescope.model.overlay.MappedOverlay;

/**
 * The last expression overlay imported into each network in this Cytoscape session, by network SUID, so that
 * Export figure can draw the data the node colours show. Thread-safe.
 */
final class SessionOverlays {

    /**
     * One imported overlay.
     *
     * @param result    the overlay, its nodes by the import's model ids
     * @param column    the node column the network's genes came from
     * @param nodeSuids the Cytoscape node SUID of each of the overlay's model ids, so that a figure drawing the network
     *                  under other ids finds each node's values
     */
    record Imported(MappedOverlay result, String column, Map<String, Long> nodeSuids) {
        Imported {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(column, "column");
            nodeSuids = Map.copyOf(nodeSuids);
        }
    }

    private final Map<Long, Imported> byNetwork = new ConcurrentHashMap<>();

    void put(long networkSuid, Imported imported) {
        byNetwork.put(networkSuid, imported);
    }

    Optional<Imported> of(long networkSuid) {
        return Optional.ofNullable(byNetwork.get(networkSuid));
    }
}
