package org.senescope.render.plots;

import java.awt.Graphics2D;

/** A plot drawn in points by one routine, whatever the output format. Implementations are immutable. */
public interface Plot {

    /** Width in points (1/72 inch). */
    double width();

    /** Height in points. */
    double height();

    /** The title, used as the PDF document title and file identifier. */
    String title();

    /** Draws the plot into {@code g}, whose user space is in points with the origin at the top left. */
    void paint(Graphics2D g);
}
