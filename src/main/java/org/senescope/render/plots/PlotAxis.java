package org.senescope.render.plots;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * A linear axis: values from {@code min} to {@code max} placed from page coordinate {@code from} to {@code to} (on a
 * vertical axis {@code from} is the bottom), with ticks at round steps. Immutable.
 */
record PlotAxis(double min, double max, double from, double to) {

    /** Tick labels' size in points. */
    static final double TICK_PT = 5;

    /** The page coordinate of {@code value}. */
    double at(double value) {
        return from + (to - from) * (value - min) / (max - min);
    }

    /** Draws this axis's ticks and labels every {@code step} on the left edge of a panel at {@code left}. */
    void drawLeftTicks(Graphics2D g, double left, double step) {
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-12; t += step) {
            double y = at(t);
            g.draw(new Line2D.Double(left - 2, y, left, y));
            PlotText.draw(g, PlotText.tick(t, decimals(step)), TICK_PT, left - 3, y + TICK_PT * 0.35, 1);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /** The decimals a label of a multiple of {@code step} needs. */
    static int decimals(double step) {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }
}
