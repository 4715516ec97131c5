package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * One network drawing in a figure: where it sits (points from the figure's top-left corner), its heading and the
 * overlay condition it shows.
 *
 * @param area      the panel's rectangle in the figure
 * @param heading   drawn above the network, empty for a single panel
 * @param condition index of the overlay condition whose values colour the nodes, or -1 for none
 */
public record FigurePanel(Rectangle2D area, String heading, int condition) {
    public FigurePanel {
        area = (Rectangle2D) area.clone();
        Objects.requireNonNull(heading, "heading");
    }

    @Override
    public Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }
}
