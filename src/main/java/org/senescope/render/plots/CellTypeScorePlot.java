package org.senescope.render.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.senescope.analysis.singlecell.CellScores;
import org.senescope.model.figure.PhysicalLength;

/**
 * Per-cell gene-set scores by cell type: one panel per set (top to bottom in the scores' order), its y axis the score,
 * one mark per cell type along x (the types' order as given, each labelled with its number of cells): a violin of
 * the cells' scores ({@link CellTypeMarks}) with its quartiles as a bar and its median as a white line, or for a type
 * of fewer than {@link #MIN_VIOLIN_CELLS} cells one dot per cell and a line at the median. Each cell type has one
 * colour of the Okabe–Ito palette (colour-blind safe) in every panel. The figure is a single column wide unless the
 * types' labels need more, up to a double column, past which they are shortened with an ellipsis. A note under the
 * panels says what the marks are. Immutable and thread-safe.
 */
public final class CellTypeScorePlot extends Plot {

    /** Types with fewer cells than this are drawn as dots, not violins. */
    public static final int MIN_VIOLIN_CELLS = 20;
    /** Okabe and Ito's colour-blind-safe palette (black left out: the medians are drawn in black); repeats past 7. */
    static final List<Color> TYPE_COLOURS = List.of(new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7));
    private static final double LABEL_PT = 5;
    private static final double SIDE_MARGIN = 4;
    private static final double TOP = 16;
    private static final double HEADER_H = 8;
    private static final double PANEL_GAP = 6;
    private static final double AXIS_PAD = 2;
    private static final double NOTE_LINE = 6.5;
    /** A mark's largest half width as a share of its slot: neighbouring marks keep a fifth of a slot apart. */
    private static final double HALF_WIDTH_SHARE = 0.4;

    /** Where things go, worked out before the figure's size is known. */
    private record Frame(double width, double plotLeft, double slot, double panelHeight, List<String> notes) {
    }

    private final List<String> sets;
    private final List<String> types;
    private final int[] typeCells;
    private final List<SetAxis> axes;
    private final List<CellTypeMark> marks;
    private final String valueLabel;
    private final Frame frame;

    private CellTypeScorePlot(String title, List<String> sets, List<String> types, int[] typeCells,
                              List<SetAxis> axes, List<CellTypeMark> marks, String valueLabel, Frame frame) {
        super(title, frame.width(), TOP + sets.size() * (HEADER_H + frame.panelHeight() + PANEL_GAP) + 14
                + frame.notes().size() * NOTE_LINE + 2, SIDE_MARGIN);
        this.sets = sets;
        this.types = types;
        this.typeCells = typeCells;
        this.axes = axes;
        this.marks = marks;
        this.valueLabel = valueLabel;
        this.frame = frame;
    }

    /**
     * The figure of {@code scores} by cell type.
     *
     * @param types      the cell types, in the order drawn
     * @param typeOf     each cell's index in {@code types}, or -1 for a cell without a type (left out)
     * @param valueLabel what the y axes show, e.g. {@code UCell score}
     * @throws IllegalArgumentException when {@code typeOf} does not have one entry per cell, or there is no set or
     *                                  no type
     */
    public static CellTypeScorePlot of(CellScores scores, List<String> types, int[] typeOf, String title,
                                       String valueLabel) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueLabel, "valueLabel");
        if (typeOf.length != scores.cellCount()) {
            throw new IllegalArgumentException(typeOf.length + " cell types for " + scores.cellCount() + " cells");
        }
        if (scores.sets().isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException("a cell-type figure needs at least one set and one cell type");
        }
        int[] typeCells = new int[types.size()];
        Arrays.stream(typeOf).filter(t -> t >= 0).forEach(t -> typeCells[t]++);
        List<SetAxis> axes = new ArrayList<>();
        for (int s = 0; s < scores.sets().size(); s++) {
            double[] row = scores.scoresOf(s);
            axes.add(SetAxis.of(IntStream.range(0, row.length).filter(c -> typeOf[c] >= 0)
                    .mapToDouble(c -> row[c]).filter(Double::isFinite).toArray()));
        }
        Frame frame = frame(types, typeCells, axes, valueLabel);
        List<CellTypeMark> marks = new ArrayList<>();
        for (int s = 0; s < scores.sets().size(); s++) {
            double[] row = scores.scoresOf(s);
            for (int t = 0; t < types.size(); t++) {
                int type = t;
                double[] mine = IntStream.range(0, row.length).filter(c -> typeOf[c] == type)
                        .mapToDouble(c -> row[c]).filter(Double::isFinite).toArray();
                if (mine.length > 0) {
                    marks.add(CellTypeMarks.of(scores.sets().get(s), types.get(t), mine,
                            frame.plotLeft() + (t + 0.5) * frame.slot(), HALF_WIDTH_SHARE * frame.slot()));
                }
            }
        }
        return new CellTypeScorePlot(title, scores.sets(), List.copyOf(types), typeCells, List.copyOf(axes),
                List.copyOf(marks), valueLabel, frame);
    }

    private static Frame frame(List<String> types, int[] typeCells, List<SetAxis> axes, String valueLabel) {
        double ticks = axes.stream().mapToDouble(a -> a.labelWidth(PlotAxis.TICK_PT)).max().orElse(0);
        double plotLeft = SIDE_MARGIN + LABEL_PT + 2 + ticks + 4;
        double typeLabel = 0;
        for (int t = 0; t < types.size(); t++) {
            typeLabel = Math.max(typeLabel, Math.max(PlotText.width(types.get(t), LABEL_PT),
                    PlotText.width(cellsLabel(typeCells[t]), LABEL_PT)));
        }
        double needed = plotLeft + types.size() * (typeLabel + 4) + SIDE_MARGIN;
        double width = Math.min(PhysicalLength.DOUBLE_COLUMN.points(),
                Math.max(PhysicalLength.SINGLE_COLUMN.points(), needed));
        double slot = (width - SIDE_MARGIN - plotLeft) / types.size();
        double panelHeight = Math.max(44, PlotText.width(valueLabel, LABEL_PT) + 2 * AXIS_PAD + 4);
        List<String> notes = PlotText.wrap("Each panel: one gene set; y: " + valueLabel + " of each cell; x: cell "
                + "types, n = cells. Violin: Gaussian kernel density of the cells' scores (bandwidth as R's "
                + "bw.nrd0), trimmed to their range, every violin the same width; bar: quartiles; white line: "
                + "median. Types of fewer than " + MIN_VIOLIN_CELLS + " cells: one dot per cell, black line at the "
                + "median.", LABEL_PT, width - 2 * SIDE_MARGIN);
        return new Frame(width, plotLeft, slot, panelHeight, notes);
    }

    private static String cellsLabel(int cells) {
        return "n = " + cells;
    }

    /** The marks drawn, set by set, types in order within a set; a type with no scored cell in a set has none. */
    public List<CellTypeMark> marks() {
        return marks;
    }

    /** The horizontal space each cell type has, in points. */
    public double slotWidth() {
        return frame.slot();
    }

    /** The page y of {@code value} in the panel of set {@code set} (its index). */
    public double yOf(int set, double value) {
        return axis(set).at(value);
    }

    private PlotAxis axis(int set) {
        double top = TOP + set * (HEADER_H + frame.panelHeight() + PANEL_GAP) + HEADER_H;
        SetAxis a = axes.get(set);
        return new PlotAxis(a.min(), a.max(), top + frame.panelHeight() - AXIS_PAD, top + AXIS_PAD);
    }

    @Override
    void drawContent(Graphics2D g) {
        double right = width() - SIDE_MARGIN;
        double bottom = 0;
        for (int s = 0; s < sets.size(); s++) {
            double top = TOP + s * (HEADER_H + frame.panelHeight() + PANEL_GAP) + HEADER_H;
            bottom = top + frame.panelHeight();
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.4f));
            PlotText.draw(g, PlotText.fit(sets.get(s), LABEL_PT, right - frame.plotLeft()), LABEL_PT,
                    frame.plotLeft(), top - 2.5, 0);
            g.draw(new Rectangle2D.Double(frame.plotLeft(), top, right - frame.plotLeft(), frame.panelHeight()));
            axis(s).drawLeftTicks(g, frame.plotLeft(), axes.get(s).step());
            PlotText.drawUp(g, valueLabel, LABEL_PT, SIDE_MARGIN + LABEL_PT, (top + bottom) / 2, 0.5);
        }
        for (CellTypeMark mark : marks) {
            drawMark(g, mark, axis(sets.indexOf(mark.set())));
        }
        g.setColor(Color.BLACK);
        for (int t = 0; t < types.size(); t++) {
            double x = frame.plotLeft() + (t + 0.5) * frame.slot();
            PlotText.draw(g, PlotText.fit(types.get(t), LABEL_PT, frame.slot() - 2), LABEL_PT, x, bottom + 7, 0.5);
            PlotText.draw(g, cellsLabel(typeCells[t]), LABEL_PT, x, bottom + 13, 0.5);
        }
        for (int i = 0; i < frame.notes().size(); i++) {
            PlotText.draw(g, frame.notes().get(i), LABEL_PT, SIDE_MARGIN, bottom + 14 + (i + 1) * NOTE_LINE, 0);
        }
    }

    private void drawMark(Graphics2D g, CellTypeMark mark, PlotAxis axis) {
        Color colour = TYPE_COLOURS.get(types.indexOf(mark.type()) % TYPE_COLOURS.size());
        double cx = mark.centreX();
        double[] values = mark.values();
        double[] offsets = mark.offsets();
        double[] q = mark.quartiles();
        g.setStroke(new BasicStroke(0.3f));
        if (!mark.violin()) {
            for (int i = 0; i < values.length; i++) {
                Ellipse2D dot = new Ellipse2D.Double(cx + offsets[i] - 0.9, axis.at(values[i]) - 0.9, 1.8, 1.8);
                g.setColor(colour);
                g.fill(dot);
                g.setColor(Color.BLACK);
                g.draw(dot);
            }
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(cx - mark.halfWidth() - 1, axis.at(q[1]), cx + mark.halfWidth() + 1,
                    axis.at(q[1])));
            return;
        }
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(cx - offsets[0], axis.at(values[0]));
        for (int k = 1; k < values.length; k++) {
            outline.lineTo(cx - offsets[k], axis.at(values[k]));
        }
        for (int k = values.length - 1; k >= 0; k--) {
            outline.lineTo(cx + offsets[k], axis.at(values[k]));
        }
        outline.closePath();
        g.setColor(colour);
        g.fill(outline);
        g.setColor(Color.BLACK);
        g.draw(outline);
        g.fill(new Rectangle2D.Double(cx - 0.7, axis.at(q[2]), 1.4, axis.at(q[0]) - axis.at(q[2])));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(cx - 1.4, axis.at(q[1]), cx + 1.4, axis.at(q[1])));
    }
}
