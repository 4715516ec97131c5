package org.senescope.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.senescope.model.NodeKind;

/**
 * The outline of each node kind, drawn around its label: the shapes of {@link org.senescope.export.NetworkStyle}, sized so
 * that the label fits inside. Stateless.
 */
final class NodeGlyphs {

    private NodeGlyphs() {
    }

    /** Width and height of a node of {@code kind} whose label block measures {@code textW} by {@code textH}. */
    static double[] size(NodeKind kind, double textW, double textH, double pad) {
        double w = textW + 2 * pad;
        double h = textH + pad;
        return switch (kind) {
            case GENE -> new double[] {w * 1.18 + pad, h * 1.3};
            case GENE_FAMILY, PROCESS -> new double[] {w, h};
            case COMPLEX -> new double[] {w + h * 0.6, h};
            case CELL_TYPE -> new double[] {w * 1.45 + pad, h * 1.7};
            case PHENOTYPE -> new double[] {w + h * 0.3, h * 1.1};
            case DRUG_CLASS -> new double[] {w * 1.45 + pad, h * 1.65};
            case THERAPY -> new double[] {w + h * 0.7, h};
            case DISEASE -> new double[] {w * 1.35 + pad, h * 1.7};
        };
    }

    /** Where the label's centre sits, as a fraction of the node height below the node's centre. */
    static double labelShift(NodeKind kind) {
        return switch (kind) {
            case DRUG_CLASS -> 0.16;
            case DISEASE -> -0.1;
            default -> 0;
        };
    }

    /** The outline of a node of {@code kind} filling {@code box}. */
    static Shape outline(NodeKind kind, Rectangle2D box) {
        double x = box.getX();
        double y = box.getY();
        double w = box.getWidth();
        double h = box.getHeight();
        return switch (kind) {
            case GENE -> new Ellipse2D.Double(x, y, w, h);
            case GENE_FAMILY -> new RoundRectangle2D.Double(x, y, w, h, h * 0.6, h * 0.6);
            case PROCESS -> new Rectangle2D.Double(x, y, w, h);
            case COMPLEX -> polygon(x, y, w, h, 0, .5, h * 0.3 / w, 0, 1 - h * 0.3 / w, 0, 1, .5, 1 - h * 0.3 / w, 1,
                    h * 0.3 / w, 1);
            case CELL_TYPE -> polygon(x, y, w, h, 0, .5, .5, 0, 1, .5, .5, 1);
            case PHENOTYPE -> {
                double c = Math.min(0.3 * h, 0.3 * w);
                yield polygon(x, y, w, h, 0, c / h, c / w, 0, 1 - c / w, 0, 1, c / h, 1, 1 - c / h, 1 - c / w, 1, c / w,
                        1, 0, 1 - c / h);
            }
            case DRUG_CLASS -> polygon(x, y, w, h, 0, 1, .5, 0, 1, 1);
            case THERAPY -> polygon(x, y, w, h, h * 0.35 / w, 0, 1, 0, 1 - h * 0.35 / w, 1, 0, 1);
            case DISEASE -> polygon(x, y, w, h, 0, 0, .5, .25, 1, 0, .5, 1);
        };
    }

    /** A closed polygon through points given as fractions of the box, x then y. */
    private static Shape polygon(double x, double y, double w, double h, double... fractions) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x + fractions[0] * w, y + fractions[1] * h);
        for (int i = 2; i < fractions.length; i += 2) {
            p.lineTo(x + fractions[i] * w, y + fractions[i + 1] * h);
        }
        p.closePath();
        return p;
    }
}
