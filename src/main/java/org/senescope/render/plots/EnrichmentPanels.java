package org.senescope.render.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The panels of an {@link EnrichmentPlot} below its title and statistics line: the running sum with dashed lines at 0
 * and at the enrichment score, the rug of the set's genes, the ranked statistic, and the rank axis they share.
 * Holds the page layout of one plot; draws it as often as asked. Immutable; the arrays are the plot's, never changed.
 */
final class EnrichmentPanels {

    private static final Color CURVE = new Color(0x009E73);
    private static final Color ES_LINE = new Color(0xD55E00);
    private static final Color STAT = new Color(0x808080);
    private static final double LABEL_PT = EnrichmentPlot.LABEL_PT;
    private static final double TICK_PT = PlotAxis.TICK_PT;
    /** Above this many ranks the statistic is drawn as this many bars, each the largest value it covers. */
    private static final int MAX_BARS = 2000;

    private final double[] runningSum;
    private final int[] hits;
    private final double[] statistics;
    private final double height;
    private final double left;
    private final double right;
    private final double esTop;
    private final double esBottom;
    private final double rugTop;
    private final double rugBottom;
    private final double statTop;
    private final double statBottom;
    private final PlotAxis ranks;

    EnrichmentPanels(double width, double height, double[] runningSum, int[] hits, double[] statistics) {
        this.runningSum = runningSum;
        this.hits = hits;
        this.statistics = statistics;
        this.height = height;
        this.left = 32;
        this.right = width - 6;
        double top = 30;
        double bottom = height - 18;
        double plotH = bottom - top;
        this.esTop = top;
        this.esBottom = top + plotH * 0.55;
        this.rugTop = esBottom + 2;
        this.rugBottom = rugTop + plotH * 0.10;
        this.statTop = rugBottom + 4;
        this.statBottom = bottom;
        this.ranks = new PlotAxis(0, statistics.length, left, right);
    }

    /** Draws the panels; {@code es} is the enrichment score marked, the running sum's extreme. */
    void draw(Graphics2D g, double es) {
        drawRunningSum(g, es);
        drawRug(g);
        drawStatistic(g);
        drawRankAxis(g);
    }

    private void drawRunningSum(Graphics2D g, double es) {
        double yMax = Math.max(0.05, Arrays.stream(runningSum).max().orElse(0));
        double yMin = Math.min(-0.05, Arrays.stream(runningSum).min().orElse(0));
        double pad = (yMax - yMin) * 0.08;
        PlotAxis y = new PlotAxis(yMin - pad, yMax + pad, esBottom, esTop);
        g.setStroke(new BasicStroke(0.5f));
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(left, esTop, right - left, esBottom - esTop));
        float[] dash = {2f, 1.5f};
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        g.setColor(STAT);
        g.draw(new Line2D.Double(left, y.at(0), right, y.at(0)));
        g.setColor(ES_LINE);
        g.draw(new Line2D.Double(left, y.at(es), right, y.at(es)));
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve(y));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.5f));
        y.drawLeftTicks(g, left, PlotAxis.niceStep((y.max() - y.min()) / 4));
        PlotText.drawUp(g, "Enrichment score", LABEL_PT, 8, (esTop + esBottom) / 2, 0.5);
        // Below the line at the right for a positive score, above it at the left for a negative one: inside the
        // panel and away from the curve, which runs back to 0 on the far side of its extreme.
        PlotText.draw(g, "ES " + PlotText.number(es), TICK_PT, es > 0 ? right - 2 : left + 2,
                y.at(es) + (es > 0 ? TICK_PT + 1 : -2), es > 0 ? 1 : 0);
    }

    /** The running sum through its corners only: it is straight between hits, so the path stays small. */
    private Path2D curve(PlotAxis y) {
        int n = statistics.length;
        Path2D.Double curve = new Path2D.Double();
        curve.moveTo(ranks.at(0), y.at(runningSum[0]));
        int previous = 0;
        for (int h : hits) {
            if (h > previous) {
                curve.lineTo(ranks.at(h), y.at(runningSum[h]));
            }
            curve.lineTo(ranks.at(h + 1), y.at(runningSum[h + 1]));
            previous = h + 1;
        }
        curve.lineTo(ranks.at(n), y.at(runningSum[n]));
        return curve;
    }

    private void drawRug(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.35f));
        for (int h : hits) {
            double x = ranks.at(h + 0.5);
            g.draw(new Line2D.Double(x, rugTop, x, rugBottom));
        }
    }

    private void drawStatistic(Graphics2D g) {
        double sMax = Math.max(Arrays.stream(statistics).max().orElse(0), 0);
        double sMin = Math.min(Arrays.stream(statistics).min().orElse(0), 0);
        PlotAxis s = new PlotAxis(sMin, sMax == sMin ? 1 : sMax, statBottom, statTop);
        g.setColor(STAT);
        g.fill(bars(s));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(left, statTop, right - left, statBottom - statTop));
        s.drawLeftTicks(g, left, PlotAxis.niceStep((s.max() - s.min()) / 3));
        PlotText.drawUp(g, "Statistic", LABEL_PT, 8, (statTop + statBottom) / 2, 0.5);
    }

    /** The ranked statistic as an area from 0, at most {@link #MAX_BARS} bars wide. */
    private Path2D bars(PlotAxis s) {
        int n = statistics.length;
        Path2D.Double area = new Path2D.Double();
        double zero = s.at(0);
        area.moveTo(ranks.at(0), zero);
        int samples = Math.min(n, MAX_BARS);
        for (int i = 0; i < samples; i++) {
            int k0 = (int) ((long) i * n / samples);
            int k1 = (int) ((long) (i + 1) * n / samples);
            double v = statistics[k0];
            for (int k = k0; k < k1; k++) {
                if (Math.abs(statistics[k]) > Math.abs(v)) {
                    v = statistics[k];
                }
            }
            area.lineTo(ranks.at(k0), s.at(v));
            area.lineTo(ranks.at(k1), s.at(v));
        }
        area.lineTo(ranks.at(n), zero);
        area.closePath();
        return area;
    }

    private void drawRankAxis(Graphics2D g) {
        int n = statistics.length;
        double xStep = PlotAxis.niceStep(n / 5.0);
        for (double t = 0; t <= n + 1e-9; t += xStep) {
            double x = ranks.at(t);
            g.draw(new Line2D.Double(x, statBottom, x, statBottom + 2));
            PlotText.draw(g, PlotText.tick(t, 0), TICK_PT, x, statBottom + 2 + TICK_PT, 0.5);
        }
        PlotText.draw(g, "Rank in the ordered list of " + n + " genes", LABEL_PT, (left + right) / 2,
                height - 3, 0.5);
    }
}
