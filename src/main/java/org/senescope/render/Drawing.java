package org.senescope.render;

import java.awt.Graphics2D;

/**
 * Anything drawn in points by one routine, whatever the format it is written in: a network figure ({@link
 * #of(FigureScene)}) or an analysis plot. The back ends ({@link DrawingWriter}) own every format setting (resolution,
 * rendering hints, fonts, document metadata); a drawing only says its size, its title and how to draw itself.
 * Implementations are immutable and thread-safe, and the same drawing draws the same picture every time.
 */
public interface Drawing {

    /** Width in points (1/72 inch), above 0. */
    double width();

    /** Height in points, above 0. */
    double height();

    /** The title, never null: the document title of formats that have one (PDF). */
    String title();

    /**
     * Text naming this drawing among others of its size, never null, from which file identifiers that must not change
     * between runs are made (PDF's {@code /ID}); the title unless a drawing has a better one.
     */
    default String identity() {
        return title();
    }

    /**
     * Draws into {@code g}, whose user space is in points with the origin at the top left and whose rendering hints
     * the back end has set. May change the graphics' state and need not restore it.
     */
    void draw(Graphics2D g);

    /**
     * Draws the same picture as {@link #draw(Graphics2D)}, telling {@code groups} which element each part belongs to
     * (the SVG back end makes them {@code <g>} elements). A drawing without elements worth naming draws ungrouped.
     */
    default void draw(Graphics2D g, DrawingGroups groups) {
        draw(g);
    }

    /** The network figure of {@code scene}, drawn by {@link FigurePainter}. */
    static Drawing of(FigureScene scene) {
        return new SceneDrawing(scene);
    }
}
