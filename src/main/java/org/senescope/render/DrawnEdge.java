package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.Objects;

import org.senescope.model.Edge;

/**
 * One edge as drawn: its line (not stroked) from the source's outline to where its head begins, and its head as a
 * filled outline (an empty shape for an edge without one), in the coordinates of its panel or figure.
 */
record DrawnEdge(Edge edge, Shape line, Shape head) {

    DrawnEdge {
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(head, "head");
    }

    /** The same edge moved by {@code dx}, {@code dy}. */
    DrawnEdge moved(double dx, double dy) {
        AffineTransform t = AffineTransform.getTranslateInstance(dx, dy);
        return new DrawnEdge(edge, t.createTransformedShape(line), t.createTransformedShape(head));
    }
}
