package org.senescope.model;

import java.util.Objects;

/** Source, target and relation: what makes an edge one edge. */
public record EdgeKey(String sourceId, String targetId, Relation relation) {
    public EdgeKey {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(relation, "relation");
    }

    /** A stable, readable edge id, e.g. {@code TP53 (induces expression of) CCL2}, as Cytoscape names edges. */
    public String id() {
        return sourceId + " (" + relation.label() + ") " + targetId;
    }
}
