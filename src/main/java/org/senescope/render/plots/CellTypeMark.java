package org.senescope.render.plots;

import java.util.Objects;

/**
 * What {@link CellTypeScorePlot} draws for one gene set × cell type, in score units and points, for tests and
 * readers of the figure. Immutable; arrays are copied in and out.
 *
 * @param set     the gene set's name
 * @param type    the cell type
 * @param cells   the cells of the type with a score
 * @param violin  true for a violin; false for one dot per cell (a type with few cells)
 * @param centreX the x of the mark's centre line, in points
 * @param values  for a violin the scores at which its outline is drawn, ascending from the type's lowest score to
 *                its highest; for dots each cell's score, in the data's cell order
 * @param offsets for a violin its half width (points) at each of {@code values}; for dots each dot's horizontal
 *                offset from {@code centreX}
 * @param quartiles the scores' first quartile, median and third quartile (R's quantile function, type 7)
 */
public record CellTypeMark(String set, String type, int cells, boolean violin, double centreX, double[] values,
                           double[] offsets, double[] quartiles) {

    public CellTypeMark {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(type, "type");
        values = values.clone();
        offsets = offsets.clone();
        quartiles = quartiles.clone();
        if (quartiles.length != 3) {
            throw new IllegalArgumentException(quartiles.length + " quartiles");
        }
        if (values.length != offsets.length) {
            throw new IllegalArgumentException(values.length + " values but " + offsets.length + " offsets");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    @Override
    public double[] quartiles() {
        return quartiles.clone();
    }

    /** The largest distance of the mark from its centre line, in points. */
    public double halfWidth() {
        double max = 0;
        for (double o : offsets) {
            max = Math.max(max, Math.abs(o));
        }
        return max;
    }
}
