package org.senescope.render;

import java.awt.Color;
import java.util.Objects;

import org.senescope.export.NetworkStyle;
import org.senescope.model.NodeKind;
import org.senescope.model.data.Measurement;

/**
 * How one node is filled in one condition, decided once for the figure and the page: the kind colour without data,
 * white for nodes the data cannot measure (or that carry a heat stripe instead), else the value's colour with a
 * significance border.
 *
 * @param fill        the fill colour
 * @param text        the label colour that reads on it
 * @param significant whether the border marks adjusted p below {@link #SIGNIFICANCE}
 * @param notExpressed whether the gene is below {@code --min-expression}: drawn hatched ({@link NotExpressed}), its
 *                    {@code fill} then {@link NotExpressed#FILL}
 */
public record NodeFill(Color fill, Color text, boolean significant, boolean notExpressed) {

    /** Adjusted p-values below this draw a thick border. */
    public static final double SIGNIFICANCE = 0.05;

    private static final NodeFill PLAIN = new NodeFill(Color.WHITE, Color.BLACK, false);

    /** A fill of an expressed gene, or of a node without data. */
    public NodeFill(Color fill, Color text, boolean significant) {
        this(fill, text, significant, false);
    }

    public NodeFill {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(text, "text");
    }

    /** The fill of a node of {@code kind} in a figure without data. */
    public static NodeFill ofKind(NodeKind kind) {
        NetworkStyle.NodeLook look = NetworkStyle.nodeLook(kind);
        return new NodeFill(Color.decode(look.fillColor()), Color.decode(look.labelColor()), false);
    }

    /** White with black text: non-gene nodes in a figure with data, and gene nodes that carry a heat stripe. */
    public static NodeFill plain() {
        return PLAIN;
    }

    /**
     * The fill for a measurement, {@link DivergingScale#MISSING} grey when unmeasured, {@link NotExpressed#FILL}
     * hatched when below {@code --min-expression}.
     */
    public static NodeFill ofValue(Measurement m, DivergingScale scale) {
        if (m.notExpressed()) {
            return new NodeFill(NotExpressed.FILL, Color.BLACK, isSignificant(m), true);
        }
        Color fill = scale.colour(m.value());
        return new NodeFill(fill, DivergingScale.textOn(fill), isSignificant(m));
    }

    public static boolean isSignificant(Measurement m) {
        return m.isMeasured() && m.hasSignificance() && m.adjustedP() < SIGNIFICANCE;
    }
}
