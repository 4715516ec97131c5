package org.senescope.render;

import java.awt.Graphics2D;
import java.util.Objects;

/**
 * A network figure as a {@link Drawing}: titled by its title lines (else the network's name) and identified by the
 * network's name with the title lines, as the network-figure writers always identified it.
 */
record SceneDrawing(FigureScene scene) implements Drawing {

    SceneDrawing {
        Objects.requireNonNull(scene, "scene");
    }

    @Override
    public double width() {
        return scene.width();
    }

    @Override
    public double height() {
        return scene.height();
    }

    @Override
    public String title() {
        return scene.titleLines().isEmpty() ? scene.network().name() : String.join(" ", scene.titleLines());
    }

    @Override
    public String identity() {
        return scene.network().name() + "|" + String.join(" ", scene.titleLines());
    }

    @Override
    public void draw(Graphics2D g) {
        FigurePainter.paint(scene, g);
    }

    @Override
    public void draw(Graphics2D g, DrawingGroups groups) {
        FigurePainter.paint(scene, g, groups);
    }
}
