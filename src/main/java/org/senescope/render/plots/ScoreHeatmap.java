package org.senescope.render.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.SampleGroups;
import org.senescope.render.DivergingScale;
import org.senescope.model.figure.PhysicalLength;

/**
 * A heat map of per-sample gene-set scores: one row per set, labelled by the set's label (a module's name, not its
 * id), one column per sample, the samples ordered by group (in the groups' declared order, samples within a group in
 * matrix order) under a group colour bar, cells coloured on the colour-blind-safe diverging scale centred at 0
 * ({@link DivergingScale}). The group key wraps onto further lines and the colour bar shrinks so that every legend
 * text lies inside the figure. Immutable and thread-safe.
 */
public final class ScoreHeatmap extends Plot {

    /**
     * Colours for the groups, in order; beyond eight they repeat. None is a blue, red, orange or pale tint, so a group
     * is never read as a score on the blue–red scale: greens, yellows, purple, brown, grey and black.
     */
    static final List<Color> GROUP_COLOURS = List.of(new Color(0x009E73), new Color(0xE6AB02), new Color(0x7B3294),
            new Color(0x000000), new Color(0x66A61E), new Color(0x8C510A), new Color(0x999999), new Color(0xF0E442));
    private static final double LABEL_PT = 5;
    /** Row labels take at most this share of the width; longer ones are shortened with an ellipsis. */
    private static final double MAX_LABEL_SHARE = 0.4;
    private static final double KEY_LINE = 8;
    private static final String NOT_SCORED = "not scored";
    private static final double SIDE_MARGIN = 4;
    private static final double ROW_H = 8;
    private static final int GRADIENT_STEPS = 64;
    private static final double GROUP_TOP = 24;
    private static final double GROUP_BOTTOM = GROUP_TOP + 5;
    private static final double ROWS_TOP = GROUP_BOTTOM + 1;

    private final List<String> rowLabels;
    private final List<String> samples;
    private final List<String> sampleGroups;
    private final List<String> groupNames;
    private final double[][] cells;
    private final DivergingScale scale;
    private final String valueLabel;
    private final double left;
    private final double right;
    private final double cellWidth;
    private final double rowsBottom;
    private final double columnLabelHeight;

    private ScoreHeatmap(String title, List<String> rowLabels, List<String> samples, List<String> sampleGroups,
                         List<String> groupNames, double[][] cells, DivergingScale scale, String valueLabel,
                         double width) {
        super(title, width, height(rowLabels.size(), columnLabelHeight(samples),
                keyLineOf(keyLabels(groupNames, sampleGroups), width).stream().mapToInt(i -> i).max().orElse(0)),
                SIDE_MARGIN);
        double maxLabel = width * MAX_LABEL_SHARE;
        this.rowLabels = rowLabels.stream().map(l -> PlotText.fit(l, LABEL_PT, maxLabel)).toList();
        this.samples = samples;
        this.sampleGroups = sampleGroups;
        this.groupNames = groupNames;
        this.cells = cells;
        this.scale = scale;
        this.valueLabel = valueLabel;
        this.left = SIDE_MARGIN + this.rowLabels.stream().mapToDouble(s -> PlotText.width(s, LABEL_PT)).max()
                .orElse(0) + 3;
        this.right = width - SIDE_MARGIN;
        this.cellWidth = (right - left) / samples.size();
        this.rowsBottom = ROWS_TOP + rowLabels.size() * ROW_H;
        this.columnLabelHeight = columnLabelHeight(samples);
    }

    private static double columnLabelHeight(List<String> samples) {
        return 3 + samples.stream().mapToDouble(s -> PlotText.width(s, LABEL_PT)).max().orElse(0);
    }

    private static double height(int setCount, double columnLabelHeight, int lastKeyLine) {
        return 14 + 10 + 6 + setCount * ROW_H + columnLabelHeight + 4 + 30 + lastKeyLine * KEY_LINE;
    }

    /** Each group's key text, {@code name (n = count)}, in the groups' order. */
    private static List<String> keyLabels(List<String> groupNames, List<String> sampleGroups) {
        return groupNames.stream().map(group -> group + " (n = "
                + sampleGroups.stream().filter(group::equals).count() + ")").toList();
    }

    /** The line (from 0) each key entry is drawn on: an entry that would pass the right margin starts a new line. */
    private static List<Integer> keyLineOf(List<String> labels, double width) {
        List<Integer> lines = new ArrayList<>();
        double x = SIDE_MARGIN;
        int line = 0;
        for (String label : labels) {
            double entry = 8 + PlotText.width(label, LABEL_PT);
            if (x > SIDE_MARGIN && x + entry > width - SIDE_MARGIN) {
                line++;
                x = SIDE_MARGIN;
            }
            lines.add(line);
            x += entry + 6;
        }
        return lines;
    }

    /**
     * The heat map of {@code scores}, samples grouped by {@code groups}.
     *
     * @param rowLabels  each set's label, parallel to {@code scores.sets()} (a module's name; a GMT set's name); one
     *                   too wide for the figure is shortened with an ellipsis
     * @param groups     one label per sample of {@code scores}, in the same order
     * @param limit      the magnitude of the darkest colours; NaN for the largest absolute score (1 if all are 0)
     * @param title      the title drawn at the top
     * @param valueLabel what the colours mean, e.g. {@code ssGSEA score}
     * @param width      the figure's width on paper; the height follows from the number of sets
     * @throws IllegalArgumentException when the groups do not name every sample, the labels every set, or there is no
     *                                  set or sample
     */
    public static ScoreHeatmap of(SampleScores scores, List<String> rowLabels, SampleGroups groups, double limit,
                                  String title, String valueLabel, PhysicalLength width) {
        Objects.requireNonNull(title, "title");
        if (rowLabels.size() != scores.sets().size()) {
            throw new IllegalArgumentException(rowLabels.size() + " row labels for " + scores.sets().size() + " sets");
        }
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
        return new ScoreHeatmap(title, List.copyOf(rowLabels), order.stream().map(scores.samples()::get).toList(),
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

    /** The row labels as drawn, top to bottom. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The colour scale's limit. */
    public double limit() {
        return scale.limit();
    }

    @Override
    void drawContent(Graphics2D g) {
        drawGroupBar(g);
        drawCells(g);
        g.setStroke(new BasicStroke(0.4f));
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(left, ROWS_TOP, right - left, rowsBottom - ROWS_TOP));
        for (int c = 1; c < samples.size(); c++) {
            if (!sampleGroups.get(c).equals(sampleGroups.get(c - 1))) {
                double x = left + c * cellWidth;
                g.draw(new Line2D.Double(x, GROUP_TOP, x, rowsBottom));
            }
        }
        // Column labels, reading upwards, right-aligned under their column.
        for (int c = 0; c < samples.size(); c++) {
            double x = left + (c + 0.5) * cellWidth + LABEL_PT * 0.35;
            PlotText.drawUp(g, samples.get(c), LABEL_PT, x, rowsBottom + 2, 1);
        }
        double legendTop = rowsBottom + columnLabelHeight + 6;
        List<String> labels = keyLabels(groupNames, sampleGroups);
        List<Integer> lines = keyLineOf(labels, width());
        drawGroupKey(g, legendTop, labels, lines);
        drawColourBar(g, legendTop + 10 + lines.get(lines.size() - 1) * KEY_LINE);
    }

    private void drawGroupBar(Graphics2D g) {
        for (int c = 0; c < samples.size(); c++) {
            g.setColor(groupColour(sampleGroups.get(c)));
            g.fill(new Rectangle2D.Double(left + c * cellWidth, GROUP_TOP, cellWidth + seam(c, samples.size()),
                    GROUP_BOTTOM - GROUP_TOP));
        }
        g.setColor(Color.BLACK);
        PlotText.draw(g, "group", LABEL_PT, left - 3, GROUP_BOTTOM - 1, 1);
    }

    private void drawCells(Graphics2D g) {
        for (int r = 0; r < rowLabels.size(); r++) {
            double y = ROWS_TOP + r * ROW_H;
            for (int c = 0; c < samples.size(); c++) {
                g.setColor(scale.colour(cells[r][c]));
                g.fill(new Rectangle2D.Double(left + c * cellWidth, y, cellWidth + seam(c, samples.size()),
                        ROW_H + seam(r, rowLabels.size())));
            }
            g.setColor(Color.BLACK);
            PlotText.draw(g, rowLabels.get(r), LABEL_PT, left - 3, y + ROW_H / 2 + LABEL_PT * 0.35, 1);
        }
    }

    private void drawGroupKey(Graphics2D g, double top, List<String> labels, List<Integer> lines) {
        double x = SIDE_MARGIN;
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0 && !lines.get(i).equals(lines.get(i - 1))) {
                x = SIDE_MARGIN;
            }
            double y = top + lines.get(i) * KEY_LINE;
            g.setColor(groupColour(groupNames.get(i)));
            g.fill(new Rectangle2D.Double(x, y, 6, 5));
            g.setColor(Color.BLACK);
            PlotText.draw(g, labels.get(i), LABEL_PT, x + 8, y + 4.5, 0);
            x += 8 + PlotText.width(labels.get(i), LABEL_PT) + 6;
        }
    }

    /**
     * The colour scale from -limit to +limit after the value label, and the colour of missing scores if any; the bar
     * is narrowed so that its end labels and the missing-score key end inside the right margin.
     */
    private void drawColourBar(Graphics2D g, double top) {
        String lim = PlotText.number(scale.limit());
        boolean missing = Arrays.stream(cells).flatMapToDouble(Arrays::stream).anyMatch(Double::isNaN);
        double lowLabel = PlotText.width("\u2264 \u2212" + lim, LABEL_PT) / 2;
        double barLeft = SIDE_MARGIN + Math.max(PlotText.width(valueLabel, LABEL_PT) + 4, lowLabel);
        double after = missing ? 14 + 8 + PlotText.width(NOT_SCORED, LABEL_PT)
                : PlotText.width("\u2265 " + lim, LABEL_PT) / 2;
        double barWidth = Math.min(90, width() - SIDE_MARGIN - barLeft - after);
        g.setColor(Color.BLACK);
        PlotText.draw(g, valueLabel, LABEL_PT, SIDE_MARGIN, top + 4.5, 0);
        for (int i = 0; i < GRADIENT_STEPS; i++) {
            double v = -scale.limit() + 2 * scale.limit() * (i + 0.5) / GRADIENT_STEPS;
            g.setColor(scale.colour(v));
            g.fill(new Rectangle2D.Double(barLeft + barWidth * i / GRADIENT_STEPS, top,
                    barWidth / GRADIENT_STEPS + seam(i, GRADIENT_STEPS), 6));
        }
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(barLeft, top, barWidth, 6));
        double labels = top + 6 + LABEL_PT + 1;
        PlotText.draw(g, "\u2264 \u2212" + lim, LABEL_PT, barLeft, labels, 0.5);
        PlotText.draw(g, "0", LABEL_PT, barLeft + barWidth / 2, labels, 0.5);
        PlotText.draw(g, "\u2265 " + lim, LABEL_PT, barLeft + barWidth, labels, 0.5);
        if (missing) {
            double mx = barLeft + barWidth + 14;
            g.setColor(DivergingScale.MISSING);
            g.fill(new Rectangle2D.Double(mx, top, 6, 6));
            g.setColor(Color.BLACK);
            PlotText.draw(g, NOT_SCORED, LABEL_PT, mx + 8, top + 5, 0);
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
