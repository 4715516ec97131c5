package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.cell.NodeCellTypes.NodeExpression;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.LegendEntry.DotEntry;
import org.senescope.render.LegendEntry.NoteEntry;

/**
 * The dot-plot strip of cell-type expression under each measured gene node: one slot per cell type, in the types'
 * order and the same for every node, holding a dot whose area is the fraction of the type's cells expressing the gene
 * and whose colour is the type's mean log-normalised expression on {@link SequentialScale}. It takes the place of the
 * member strip ({@link MemberCells}), so the composer leaves room for it as for a heat stripe. Immutable.
 */
public final class CellTypeDots {

    /** The largest dot's diameter, as a fraction of the smaller side of its slot. */
    private static final double FILL = 0.92;
    private static final Color FRAME = new Color(0xBBBBBB);
    private static final Color DIVIDER = new Color(0xE4E4E4);

    private final NodeCellTypes values;
    private final SequentialScale scale;

    CellTypeDots(NodeCellTypes values) {
        this.values = Objects.requireNonNull(values, "values");
        double top = values.byNode().values().stream().flatMap(e -> java.util.Arrays.stream(e.means()).boxed())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        // A whole number at least 1 ends the colour scale, so that its ticks read plainly.
        this.scale = new SequentialScale(Math.max(1, Math.ceil(top)));
    }

    /**
     * A figure of {@code network}, nodes filled by kind, each gene node measured in {@code values} carrying its
     * dot-plot strip, with legend blocks for the cell-type order, the dot sizes and the dot colours.
     *
     * @throws IllegalArgumentException when {@code values} names a node the network lacks
     */
    public static FigureScene figure(Network network, NodeCellTypes values, FigureOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(options, "options");
        checkNodes(network, values);
        return FigureComposer.compose(network, null, null, new CellTypeDots(values), options);
    }

    /**
     * As {@link #figure(Network, NodeCellTypes, FigureOptions)}, the nodes coloured by {@code overlay} as
     * {@link FigureScene#compose(Network, Overlay, FigureOptions)} colours them (a family's member strip gives way to
     * the dot strip).
     *
     * @throws IllegalArgumentException when {@code values} or {@code overlay} names a node the network lacks
     */
    public static FigureScene figure(Network network, Overlay overlay, NodeCellTypes values, FigureOptions options) {
        FigureScene.checkOverlay(network, overlay, options);
        checkNodes(network, values);
        return FigureComposer.compose(network, overlay, null, new CellTypeDots(values), options);
    }

    private static void checkNodes(Network network, NodeCellTypes values) {
        values.byNode().keySet().forEach(id -> {
            if (network.node(id).isEmpty()) {
                throw new IllegalArgumentException("the cell-type values name node " + id + ", which the network "
                        + "lacks");
            }
        });
    }

    NodeCellTypes values() {
        return values;
    }

    SequentialScale scale() {
        return scale;
    }

    /** The strip's cells under {@code node}: one column per cell type and one row when measured, else none. */
    int[] grid(Node node) {
        return values.byNode().containsKey(node.id()) ? new int[] {values.types().size(), 1} : new int[] {0, 0};
    }

    /** The largest dot's diameter in a strip of the composer's cells at label size {@code font}. */
    static double maxDiameter(double font) {
        return Math.min(FigureComposer.CELL, FigureComposer.CELL * FigureComposer.STRIPE_ROW) * font * FILL;
    }

    /**
     * One drawn dot: the cell type, its slot in the strip, the dot (centred in the slot; empty at fraction 0), and
     * its colour.
     */
    record Dot(String type, Rectangle2D slot, Ellipse2D shape, Color colour, double fraction, double mean) {
    }

    /** The dots of node {@code nodeId} in {@code strip}, in the types' order; empty for a node not measured. */
    List<Dot> dots(String nodeId, Rectangle2D strip) {
        NodeExpression e = values.byNode().get(nodeId);
        if (e == null) {
            return List.of();
        }
        int types = values.types().size();
        double largest = Math.min(strip.getWidth() / types, strip.getHeight()) * FILL;
        List<Dot> dots = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            Rectangle2D slot = MemberCells.cell(strip, types, 1, t, 0);
            double d = largest * Math.sqrt(e.fraction(t));
            dots.add(new Dot(values.types().get(t), slot, new Ellipse2D.Double(slot.getCenterX() - d / 2,
                    slot.getCenterY() - d / 2, d, d), scale.colour(e.mean(t)), e.fraction(t), e.mean(t)));
        }
        return dots;
    }

    /** Paints the strip of {@code n}: a light frame with a faint line between slots, then its dots. */
    void paint(Graphics2D g, SceneNode n, double font) {
        Rectangle2D strip = n.stripe();
        g.setColor(Color.WHITE);
        g.fill(strip);
        g.setStroke(new BasicStroke((float) (font * 0.05)));
        List<Dot> dots = dots(n.node().id(), strip);
        g.setColor(DIVIDER);
        for (Dot dot : dots.subList(1, dots.size())) {
            g.draw(new Line2D.Double(dot.slot().getMinX(), strip.getMinY(), dot.slot().getMinX(), strip.getMaxY()));
        }
        g.setColor(FRAME);
        g.draw(strip);
        for (Dot dot : dots) {
            if (dot.fraction() > 0) {
                g.setColor(dot.colour());
                g.fill(dot.shape());
            }
        }
    }

    /** Whether some node shows one of several measured members (a family or complex), which the legend says. */
    private boolean anyMembers() {
        return values.byNode().values().stream().anyMatch(e -> e.genes().size() > 1);
    }

    /** The legend blocks: the cell types in strip order, the dot-size key and the colour key. */
    List<Legend.Block> legendBlocks(double font) {
        List<Legend.Block> blocks = new ArrayList<>();
        blocks.add(Legend.cellTypes(values.column(), values.types(), "dots"));
        double largest = maxDiameter(font);
        Color grey = new Color(0x777777);
        blocks.add(new Legend.Block("Dot area: % of the type's cells expressing", List.of(
                new DotEntry(largest * Math.sqrt(0.1), grey, "10%"),
                new DotEntry(largest * Math.sqrt(0.5), grey, "50%"),
                new DotEntry(largest, grey, "100%")), 1, new Rectangle2D.Double()));
        List<LegendEntry> colours = new ArrayList<>();
        for (double v : new double[] {0, scale.top() / 2, scale.top()}) {
            colours.add(new DotEntry(largest, scale.colour(v), Legend.number(v)));
        }
        blocks.add(new Legend.Block("Dot colour: mean log-normalised expression", colours, 1,
                new Rectangle2D.Double()));
        if (anyMembers()) {
            blocks.add(new Legend.Block("Families, complexes", List.of(
                    new NoteEntry("each dot: the member gene expressed"),
                    new NoteEntry("in the largest fraction of the type's cells")), 1, new Rectangle2D.Double()));
        }
        return blocks;
    }

    /** {@code caption} followed by what the strips of {@code dots} show; {@code caption} alone without strips. */
    static String caption(String caption, @Nullable CellTypeDots dots) {
        return dots == null ? caption : caption.strip() + " " + dots.caption().strip();
    }

    /**
     * The caption of {@code scene}'s interactive page, which draws the network without strips: the figure's caption
     * (also when it was left out of the figure), its sentence on the dot strips replaced by what the page shows of
     * the cell types instead; the figure's caption unchanged for a figure without strips.
     */
    public static String pageCaption(FigureScene scene) {
        String figure = scene.captionOutsideFigure().orElseGet(() -> String.join(" ", scene.captionLines()));
        return scene.cellTypeDots().map(d -> figure.replace(spaced(d.caption()), spaced(d.pageCaption())))
                .orElse(figure);
    }

    /** {@code text} as wrapping leaves it: stripped, each run of white space one space. */
    private static String spaced(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    /** What the page shows of the cell types, in place of {@link #caption()}. */
    String pageCaption() {
        return String.format(Locale.ROOT, "Click a gene node measured in the data for a table of its values per cell "
                + "type of %s (%s): the type's cells, the fraction of them expressing the gene (a value above 0) and "
                + "the mean log-normalised expression over them%s; the legend lists the types with their numbers of "
                + "cells. ", values.column(), String.join(", ", values.types()), anyMembers() ? ", for a family or "
                + "complex node the member expressed in the largest fraction of the type's cells" : "");
    }

    /** What the strips show, for the caption. */
    String caption() {
        return String.format(Locale.ROOT, "Dot strip under each gene node measured in the data: one dot per cell type "
                + "of %s, left to right %s; dot area: the fraction of the type's cells expressing the gene (a value "
                + "above 0), colour: the mean log-normalised expression over the type's cells (0 to %s, colour-blind-"
                + "safe viridis scale)%s. ", values.column(), String.join(", ", values.types()),
                Legend.number(scale.top()), anyMembers() ? "; a family or complex node shows per type its member "
                + "expressed in the largest fraction of the type's cells" : "");
    }
}
