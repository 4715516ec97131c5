package org.senescope.model;

/** A node's place in a layout, in Cytoscape's coordinates (pixels at zoom 1, y growing downwards). */
public record Position(double x, double y) {
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
        }
    }
}
