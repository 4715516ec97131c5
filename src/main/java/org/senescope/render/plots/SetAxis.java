package org.senescope.render.plots;

/**
 * The score range of one panel of {@link CellTypeScorePlot}: the scores' range widened to whole ticks of a round step
 * (about three ticks); half a unit either side of a single value, 0 to 1 with no value. Immutable.
 *
 * @param min  the axis's lowest value
 * @param max  its highest
 * @param step the distance between ticks
 */
record SetAxis(double min, double max, double step) {

    static SetAxis of(double[] scores) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : scores) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (scores.length == 0) {
            lo = 0;
            hi = 1;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double step = PlotAxis.niceStep((hi - lo) / 3);
        return new SetAxis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** The widest of this axis's tick labels at {@code points}. */
    double labelWidth(double points) {
        double widest = 0;
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-12; t += step) {
            widest = Math.max(widest, PlotText.width(PlotText.tick(t, PlotAxis.decimals(step)), points));
        }
        return widest;
    }
}
