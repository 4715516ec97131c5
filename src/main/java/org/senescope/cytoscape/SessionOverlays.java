package org.senescope.cytoscape;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.senescope.overlay.OverlayResult;

/**
 * The last expression overlay imported into each network in this Cytoscape session, by network SUID, so that
 * Export figure can draw the data the node colours show. Thread-safe.
 */
final class SessionOverlays {

    private final Map<Long, OverlayResult> byNetwork = new ConcurrentHashMap<>();

    void put(long networkSuid, OverlayResult result) {
        byNetwork.put(networkSuid, result);
    }

    Optional<OverlayResult> of(long networkSuid) {
        return Optional.ofNullable(byNetwork.get(networkSuid));
    }
}
