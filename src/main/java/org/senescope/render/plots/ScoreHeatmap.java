package org.senescope.render.plots;


import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.SampleGroups;
import org.senescope.render.DivergingScale;
import org.senescope.model.figure.PhysicalLength;

/**
 * A heat map of per-sample gene-set scores: one row per set, one column per sample, the samples ordered by group (in
 * the groups' declared order, samples within a group in matrix order) under a group colour bar, cells coloured on the
 * colour-blind-safe diverging scale centred at 0 ({@link DivergingScale}), with the colour bar and group key inside the
 * figure. Immutable and thread-safe.
 */
public final class ScoreHeatmap implements Plot {

    /** Okabe–Ito colours for the groups, in order; beyond eight they repeat. */
    static final List<Color> GROUP_COLOURS = List.of(new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000));
    private static final double TITLE_PT = 7;
    private static final double LABEL_PT = 5;
    private static final double ROW_H = 8;
    private static final int GRADIENT_STEPS = 64;

    private final String title;
    private final List<String> sets;
    private final List<String> samples;
    private final List<String> sampleGroups;
    private final List<String> groupNames;
    private final double[][] cells;
    private final DivergingScale scale;
    private final String valueLabel;
    private final double width;
    private final double left;
    private final double columnLabelHeight;
    private final double height;

    private ScoreHeatmap(String title, List<String> sets, List<String> samples, List<String> sampleGroups,
                         List<String> groupNames, double[][] cells, DivergingScale scale, String valueLabel,
                         double width) {
        this.title = title;
        this.sets = sets;
        this.samples = samples;
        this.sampleGroups = sampleGroups;
        this.groupNames = groupNames;
        this.cells = cells;
        this.scale = scale;
        this.valueLabel = valueLabel;
        this.width = width;
        this.left = 4 + sets.stream().mapToDouble(s -> PlotText.width(s, LABEL_PT)).max().orElse(0) + 3;
        this.columnLabelHeight = 3 + samples.stream().mapToDouble(s -> PlotText.width(s, LABEL_PT)).max().orElse(0);
        this.height = 14 + 10 + 6 + sets.size() * ROW_H + columnLabelHeight + 4 + 30;
    }

    /**
     * The heat map of {@code scores}, samples grouped by {@code groups}.
     *
     * @param groups     one label per sample of {@code scores}, in the same order
     * @param limit      the magnitude of the darkest colours; NaN for the largest absolute score (1 if all are 0)
     * @param title      the title drawn at the top
     * @param valueLabel what the colours mean, e.g. {@code ssGSEA score}
     * @param width      the figure's width on paper; the height follows from the number of sets
     * @throws IllegalArgumentException when the groups do not name every sample, or there is no set or sample
     */
    public static ScoreHeatmap of(SampleScores scores, SampleGroups groups, double limit, String title,
                                  String valueLabel, PhysicalLength width) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueLabel, "valueLabel");
        int nSamples = scores.samples().size();
        if (groups.labels().size() != nSamples) {
            throw new IllegalArgumentException("the groups label " + groups.labels().size() + " samples but the "
                    + "scores have " + nSamples);
        }
        if (nSamples == 0 || scores.sets().isEmpty()) {
            throw new IllegalArgumentException("a heat map needs at least one set and one sample");
        }
        List<Integer> order = sampleOrder(groups);
        double[][] cells = new double[scores.sets().size()][nSamples];
        double max = 0;
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < nSamples; c++) {
                double v = scores.value(r, order.get(c));
                cells[r][c] = v;
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        double l = Double.isNaN(limit) ? (max > 0 ? max : 1) : limit;
        return new ScoreHeatmap(title, scores.sets(), order.stream().map(scores.samples()::get).toList(),
                order.stream().map(groups.labels()::get).toList(), groups.groupNames(), cells, new DivergingScale(l),
                valueLabel, width.points());
    }

    /**
     * Sample indices in the order the heat map draws them: by group in the groups' declared order, the samples' own
     * order within a group. Tables written next to the heat map use it so that their columns match.
     */
    public static List<Integer> sampleOrder(SampleGroups groups) {
        List<Integer> order = new ArrayList<>();
        for (String g : groups.groupNames()) {
            for (int i = 0; i < groups.labels().size(); i++) {
                if (groups.labels().get(i).equals(g)) {
                    order.add(i);
                }
            }
        }
        return order;
    }

    /** The samples in the order drawn, left to right. */
    public List<String> samplesInOrder() {
        return samples;
    }

    /** The colour scale's limit. */
    public double limit() {
        return scale.limit();
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
        return title;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(Color.BLACK);
        PlotText.draw(g, EnrichmentPlot.fit(title, TITLE_PT, width - 8), TITLE_PT, width / 2, 10, 0.5);

        double right = width - 4;
        double cellW = (right - left) / samples.size();
        double groupTop = 24;
        double groupBottom = groupTop + 5;
        double rowsTop = groupBottom + 1;

        // Group colour bar.
        for (int c = 0; c < samples.size(); c++) {
            g.setColor(groupColour(sampleGroups.get(c)));
            g.fill(new Rectangle2D.Double(left + c * cellW, groupTop, cellW + seam(c, samples.size()),
                    groupBottom - groupTop));
        }
        g.setColor(Color.BLACK);
        PlotText.draw(g, "group", LABEL_PT, left - 3, groupBottom - 1, 1);

        // Cells and row labels.
        for (int r = 0; r < sets.size(); r++) {
            double y = rowsTop + r * ROW_H;
            for (int c = 0; c < samples.size(); c++) {
                g.setColor(scale.colour(cells[r][c]));
                g.fill(new Rectangle2D.Double(left + c * cellW, y, cellW + seam(c, samples.size()),
                        ROW_H + seam(r, sets.size())));
            }
            g.setColor(Color.BLACK);
            PlotText.draw(g, sets.get(r), LABEL_PT, left - 3, y + ROW_H / 2 + LABEL_PT * 0.35, 1);
        }
        double rowsBottom = rowsTop + sets.size() * ROW_H;
        g.setStroke(new BasicStroke(0.4f));
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(left, rowsTop, right - left, rowsBottom - rowsTop));
        // Group boundaries.
        for (int c = 1; c < samples.size(); c++) {
            if (!sampleGroups.get(c).equals(sampleGroups.get(c - 1))) {
                double x = left + c * cellW;
                g.draw(new java.awt.geom.Line2D.Double(x, groupTop, x, rowsBottom));
            }
        }

        // Column labels, reading upwards, right-aligned under their column.
        for (int c = 0; c < samples.size(); c++) {
            double x = left + (c + 0.5) * cellW + LABEL_PT * 0.35;
            PlotText.drawUp(g, samples.get(c), LABEL_PT, x, rowsBottom + 2, 1);
        }

        // Legend: group key, then the colour bar.
        double legendTop = rowsBottom + columnLabelHeight + 6;
        double x = 4;
        for (String group : groupNames) {
            g.setColor(groupColour(group));
            g.fill(new Rectangle2D.Double(x, legendTop, 6, 5));
            g.setColor(Color.BLACK);
            String label = group + " (n = " + sampleGroups.stream().filter(group::equals).count() + ")";
            PlotText.draw(g, label, LABEL_PT, x + 8, legendTop + 4.5, 0);
            x += 8 + PlotText.width(label, LABEL_PT) + 6;
        }
        double barTop = legendTop + 10;
        double barLeft = 4 + PlotText.width(valueLabel, LABEL_PT) + 4;
        double barWidth = Math.min(90, width - barLeft - 8);
        g.setColor(Color.BLACK);
        PlotText.draw(g, valueLabel, LABEL_PT, 4, barTop + 4.5, 0);
        for (int i = 0; i < GRADIENT_STEPS; i++) {
            double v = -scale.limit() + 2 * scale.limit() * (i + 0.5) / GRADIENT_STEPS;
            g.setColor(scale.colour(v));
            g.fill(new Rectangle2D.Double(barLeft + barWidth * i / GRADIENT_STEPS, barTop,
                    barWidth / GRADIENT_STEPS + seam(i, GRADIENT_STEPS), 6));
        }
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(barLeft, barTop, barWidth, 6));
        String lim = PlotText.number(scale.limit());
        PlotText.draw(g, "≤ −" + lim, LABEL_PT, barLeft, barTop + 6 + LABEL_PT + 1, 0.5);
        PlotText.draw(g, "0", LABEL_PT, barLeft + barWidth / 2, barTop + 6 + LABEL_PT + 1, 0.5);
        PlotText.draw(g, "≥ " + lim, LABEL_PT, barLeft + barWidth, barTop + 6 + LABEL_PT + 1, 0.5);
        boolean anyMissing = false;
        for (double[] row : cells) {
            for (double v : row) {
                anyMissing |= Double.isNaN(v);
            }
        }
        if (anyMissing) {
            double mx = barLeft + barWidth + 14;
            g.setColor(DivergingScale.MISSING);
            g.fill(new Rectangle2D.Double(mx, barTop, 6, 6));
            g.setColor(Color.BLACK);
            PlotText.draw(g, "not scored", LABEL_PT, mx + 8, barTop + 5, 0);
        }
    }

    /** Neighbouring fills overlap by half a point so anti-aliasing leaves no light seam; the last one does not. */
    private static double seam(int index, int count) {
        return index < count - 1 ? 0.5 : 0;
    }

    private Color groupColour(String group) {
        return GROUP_COLOURS.get(groupNames.indexOf(group) % GROUP_COLOURS.size());
    }
}
