package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Node;

/**
 * One node as placed in a figure panel, in points relative to the panel's top-left corner.
 *
 * @param node       the network node
 * @param box        the node outline's bounding box
 * @param labelLines the label, wrapped
 * @param labelBox   where the label text block sits, inside {@code box}
 * @param stripe     the heat stripe's box under the node, or an empty rectangle when the node has none
 * @param badges     the row of module-score badges under the node (and its stripe), or an empty rectangle
 */
public record SceneNode(Node node, Rectangle2D box, List<String> labelLines, Rectangle2D labelBox, Rectangle2D stripe,
                        Rectangle2D badges) {

    public SceneNode {
        Objects.requireNonNull(node, "node");
        box = (Rectangle2D) box.clone();
        labelLines = List.copyOf(labelLines);
        labelBox = (Rectangle2D) labelBox.clone();
        stripe = (Rectangle2D) stripe.clone();
        badges = (Rectangle2D) badges.clone();
    }

    /** A node without module-score badges. */
    public SceneNode(Node node, Rectangle2D box, List<String> labelLines, Rectangle2D labelBox, Rectangle2D stripe) {
        this(node, box, labelLines, labelBox, stripe, new Rectangle2D.Double());
    }

    @Override
    public Rectangle2D box() {
        return (Rectangle2D) box.clone();
    }

    @Override
    public Rectangle2D labelBox() {
        return (Rectangle2D) labelBox.clone();
    }

    @Override
    public Rectangle2D stripe() {
        return (Rectangle2D) stripe.clone();
    }

    @Override
    public Rectangle2D badges() {
        return (Rectangle2D) badges.clone();
    }

    public boolean hasStripe() {
        return !stripe.isEmpty();
    }

    public boolean hasBadges() {
        return !badges.isEmpty();
    }

    /** The node, its label, its stripe and its badges together: what must not overlap another node. */
    public Rectangle2D footprint() {
        Rectangle2D r = box();
        if (hasStripe()) {
            r.add(stripe);
        }
        if (hasBadges()) {
            r.add(badges);
        }
        return r;
    }

    public double centreX() {
        return box.getCenterX();
    }

    public double centreY() {
        return box.getCenterY();
    }
}
