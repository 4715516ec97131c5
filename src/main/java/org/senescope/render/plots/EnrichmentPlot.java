package org.senescope.render.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.analysis.GseaSetResult;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.data.GeneSet;
import org.senescope.render.PhysicalLength;

/**
 * The GSEA enrichment plot of one gene set, as fgsea's {@code plotEnrichment} draws it (weight 1): the running sum over
 * the ranking with dashed lines at the enrichment score and zero, a rug of the set's genes, and the ranked statistic
 * below; the set's name as title and its ES, NES, p and q in the figure. Immutable and thread-safe.
 */
public final class EnrichmentPlot implements Plot {

    private static final Color CURVE = new Color(0x009E73);
    private static final Color ES_LINE = new Color(0xD55E00);
    private static final Color STAT = new Color(0x808080);
    private static final double TITLE_PT = 7;
    private static final double LABEL_PT = 6;
    private static final double TICK_PT = 5;

    private final String setName;
    private final GseaSetResult result;
    private final double[] runningSum;
    private final int[] hits;
    private final double[] statistics;
    private final double width;
    private final double height;

    private EnrichmentPlot(String setName, GseaSetResult result, double[] runningSum, int[] hits, double[] statistics,
                           double width) {
        this.setName = setName;
        this.result = result;
        this.runningSum = runningSum;
        this.hits = hits;
        this.statistics = statistics;
        this.width = width;
        this.height = width * 0.72;
    }

    /**
     * The plot of {@code set} in {@code ranking}, annotated with {@code result} (the same set's row of the run).
     *
     * @param width the figure's width on paper; the height is 0.72 of it
     * @throws IllegalArgumentException when the set shares no gene with the ranking or has every gene of it
     */
    public static EnrichmentPlot of(Ranking ranking, GeneSet set, GseaSetResult result, PhysicalLength width) {
        Objects.requireNonNull(result, "result");
        Map<String, Integer> rank = new HashMap<>();
        List<String> genes = ranking.genes();
        for (int i = 0; i < genes.size(); i++) {
            rank.putIfAbsent(genes.get(i), i);
        }
        int[] hits = set.genes().stream().map(rank::get).filter(Objects::nonNull).distinct().mapToInt(i -> i)
                .sorted().toArray();
        if (hits.length == 0 || hits.length >= genes.size()) {
            throw new IllegalArgumentException("gene set " + set.name() + " has " + hits.length + " of the "
                    + genes.size() + " ranked genes; an enrichment plot needs at least one and fewer than all");
        }
        double[] stats = new double[genes.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = ranking.statistic(i);
        }
        return new EnrichmentPlot(set.name(), result, runningSum(ranking.weights(), hits), hits, stats,
                width.points());
    }

    /**
     * The running enrichment score at every position: element {@code k} is the sum over ranks below {@code k}, so the
     * series has {@code N + 1} values, starting and ending at 0. Members step up by their weight over the members'
     * total weight (by 1/m when all weights are 0), others down by 1/(N - m). Its extreme deviation from 0 is the
     * enrichment score of {@link org.senescope.analysis.gsea.EnrichmentScore}.
     */
    static double[] runningSum(double[] weights, int[] sortedHits) {
        int n = weights.length;
        int m = sortedHits.length;
        double total = 0;
        for (int r : sortedHits) {
            total += weights[r];
        }
        boolean[] member = new boolean[n];
        for (int r : sortedHits) {
            member[r] = true;
        }
        double[] y = new double[n + 1];
        double cumulativeHit = 0;
        int misses = 0;
        for (int k = 0; k < n; k++) {
            if (member[k]) {
                cumulativeHit += total == 0 ? 1.0 / m : weights[k] / total;
            } else {
                misses++;
            }
            y[k + 1] = cumulativeHit - (double) misses / (n - m);
        }
        return y;
    }

    /** The running sum drawn: {@code N + 1} values, see {@link #runningSum(double[], int[])}. */
    public double[] runningSum() {
        return runningSum.clone();
    }

    /** The ranks (0 = highest statistic) of the set's genes, ascending: the rug. */
    public int[] hits() {
        return hits.clone();
    }

    /** The value of the running sum farthest from 0 (the positive one on a tie): the ES the plot marks. */
    public double extremeOfRunningSum() {
        double max = Arrays.stream(runningSum).max().orElse(0);
        double min = Arrays.stream(runningSum).min().orElse(0);
        return max >= -min ? max : min;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public String title() {
        return setName;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        int n = statistics.length;
        double left = 32;
        double right = width - 6;
        double top = 30;
        double bottom = height - 18;
        double plotH = bottom - top;
        double esTop = top;
        double esBottom = top + plotH * 0.55;
        double rugTop = esBottom + 2;
        double rugBottom = rugTop + plotH * 0.10;
        double statTop = rugBottom + 4;
        double statBottom = bottom;

        // Title and statistics.
        g.setColor(Color.BLACK);
        PlotText.draw(g, fit(setName, TITLE_PT, width - 12), TITLE_PT, width / 2, 10, 0.5);
        String stats = "ES " + PlotText.number(result.score()) + "   NES " + PlotText.number(result.normalized())
                + "   p " + PlotText.number(result.p()) + "   q " + PlotText.number(result.q())
                + "   size " + result.size();
        PlotText.draw(g, stats, LABEL_PT, width / 2, 19, 0.5);

        // Running sum panel.
        double es = extremeOfRunningSum();
        double yMax = Math.max(0.05, Arrays.stream(runningSum).max().orElse(0));
        double yMin = Math.min(-0.05, Arrays.stream(runningSum).min().orElse(0));
        double pad = (yMax - yMin) * 0.08;
        yMax += pad;
        yMin -= pad;
        final double fMin = yMin;
        final double fMax = yMax;
        java.util.function.DoubleUnaryOperator xOf = k -> left + (right - left) * k / n;
        java.util.function.DoubleUnaryOperator yOf = v -> esBottom - (esBottom - esTop) * (v - fMin) / (fMax - fMin);

        g.setStroke(new BasicStroke(0.5f));
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(left, esTop, right - left, esBottom - esTop));
        float[] dash = {2f, 1.5f};
        g.setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        g.setColor(STAT);
        g.draw(new Line2D.Double(left, yOf.applyAsDouble(0), right, yOf.applyAsDouble(0)));
        g.setColor(ES_LINE);
        g.draw(new Line2D.Double(left, yOf.applyAsDouble(es), right, yOf.applyAsDouble(es)));
        Path2D.Double curve = new Path2D.Double();
        curve.moveTo(xOf.applyAsDouble(0), yOf.applyAsDouble(runningSum[0]));
        // Only the corners: the sum is straight between hits, so the path stays small for large rankings.
        int previous = 0;
        for (int h : hits) {
            if (h > previous) {
                curve.lineTo(xOf.applyAsDouble(h), yOf.applyAsDouble(runningSum[h]));
            }
            curve.lineTo(xOf.applyAsDouble(h + 1), yOf.applyAsDouble(runningSum[h + 1]));
            previous = h + 1;
        }
        curve.lineTo(xOf.applyAsDouble(n), yOf.applyAsDouble(runningSum[n]));
        g.setColor(CURVE);
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);

        // Y axis ticks of the running sum.
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.5f));
        double step = niceStep((fMax - fMin) / 4);
        for (double t = Math.ceil(fMin / step) * step; t <= fMax + 1e-12; t += step) {
            double y = yOf.applyAsDouble(t);
            g.draw(new Line2D.Double(left - 2, y, left, y));
            PlotText.draw(g, PlotText.tick(t, decimals(step)), TICK_PT, left - 3, y + TICK_PT * 0.35, 1);
        }
        PlotText.drawUp(g, "Enrichment score", LABEL_PT, 8, (esTop + esBottom) / 2, 0.5);
        // Below the line at the right for a positive score, above it at the left for a negative one: inside the
        // panel and away from the curve, which runs back to 0 on the far side of its extreme.
        PlotText.draw(g, "ES " + PlotText.number(es), TICK_PT, es > 0 ? right - 2 : left + 2,
                yOf.applyAsDouble(es) + (es > 0 ? TICK_PT + 1 : -2), es > 0 ? 1 : 0);

        // Rug of the set's genes.
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.35f));
        for (int h : hits) {
            double x = xOf.applyAsDouble(h + 0.5);
            g.draw(new Line2D.Double(x, rugTop, x, rugBottom));
        }

        // Ranked statistic.
        double sMax = Math.max(Arrays.stream(statistics).max().orElse(0), 0);
        double sMin = Math.min(Arrays.stream(statistics).min().orElse(0), 0);
        if (sMax == sMin) {
            sMax = 1;
        }
        final double gMax = sMax;
        final double gMin = sMin;
        java.util.function.DoubleUnaryOperator sOf = v -> statBottom - (statBottom - statTop) * (v - gMin)
                / (gMax - gMin);
        Path2D.Double area = new Path2D.Double();
        double zero = sOf.applyAsDouble(0);
        area.moveTo(xOf.applyAsDouble(0), zero);
        int samples = Math.min(n, 2000);
        for (int i = 0; i < samples; i++) {
            int k0 = (int) ((long) i * n / samples);
            int k1 = (int) ((long) (i + 1) * n / samples);
            double v = statistics[k0];
            for (int k = k0; k < k1; k++) {
                if (Math.abs(statistics[k]) > Math.abs(v)) {
                    v = statistics[k];
                }
            }
            area.lineTo(xOf.applyAsDouble(k0), sOf.applyAsDouble(v));
            area.lineTo(xOf.applyAsDouble(k1), sOf.applyAsDouble(v));
        }
        area.lineTo(xOf.applyAsDouble(n), zero);
        area.closePath();
        g.setColor(STAT);
        g.fill(area);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(left, statTop, right - left, statBottom - statTop));
        double sStep = niceStep((gMax - gMin) / 3);
        for (double t = Math.ceil(gMin / sStep) * sStep; t <= gMax + 1e-12; t += sStep) {
            double y = sOf.applyAsDouble(t);
            g.draw(new Line2D.Double(left - 2, y, left, y));
            PlotText.draw(g, PlotText.tick(t, decimals(sStep)), TICK_PT, left - 3, y + TICK_PT * 0.35, 1);
        }
        PlotText.drawUp(g, "Statistic", LABEL_PT, 8, (statTop + statBottom) / 2, 0.5);

        // X axis.
        double xStep = niceStep(n / 5.0);
        for (double t = 0; t <= n + 1e-9; t += xStep) {
            double x = xOf.applyAsDouble(t);
            g.draw(new Line2D.Double(x, statBottom, x, statBottom + 2));
            PlotText.draw(g, PlotText.tick(t, 0), TICK_PT, x, statBottom + 2 + TICK_PT, 0.5);
        }
        PlotText.draw(g, "Rank in the ordered list of " + n + " genes", LABEL_PT, (left + right) / 2,
                height - 3, 0.5);
    }

    /** The text, shortened with an ellipsis to fit {@code max} points. */
    static String fit(String text, double points, double max) {
        if (PlotText.width(text, points) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && PlotText.width(t + "…", points) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
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

    static int decimals(double step) {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }
}
