package org.senescope.render.plots;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

import org.senescope.render.Drawing;

/**
 * An analysis plot: a {@link Drawing} on a white page with its title centred at the top, shortened with an ellipsis to
 * fit between the plot's side margins; each plot draws the rest. Written in any format by the back ends of {@code
 * render} ({@link PlotWriter}). Subclasses are immutable and thread-safe.
 */
public abstract sealed class Plot implements Drawing permits CellTypeScorePlot, EnrichmentPlot, ScoreHeatmap {

    /** The title's size in points. */
    static final double TITLE_PT = 7;
    /** The title's baseline, in points from the top. */
    private static final double TITLE_BASELINE = 10;

    private final String title;
    private final double width;
    private final double height;
    private final double sideMargin;

    /**
     * @param sideMargin the blank space left and right of the widest title, in points
     */
    Plot(String title, double width, double height, double sideMargin) {
        this.title = Objects.requireNonNull(title, "title");
        this.width = width;
        this.height = height;
        this.sideMargin = sideMargin;
    }

    @Override
    public final double width() {
        return width;
    }

    @Override
    public final double height() {
        return height;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final void draw(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(Color.BLACK);
        PlotText.draw(g, PlotText.fit(title, TITLE_PT, width - 2 * sideMargin), TITLE_PT, width / 2, TITLE_BASELINE,
                0.5);
        drawContent(g);
    }

    /** Draws everything below the title; the colour is black on entry. */
    abstract void drawContent(Graphics2D g);
}
