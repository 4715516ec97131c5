package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.cell.ModuleCellTypeScores;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.LegendEntry.BadgeEntry;
import org.senescope.render.LegendEntry.BarEntry;
import org.senescope.render.LegendEntry.SwatchEntry;

/**
 * The strip of per-cell-type median scores attached under each module badge ({@link ModuleBadges}): one cell per cell
 * type, left to right in the types' order, filled by the module's median score over the type's cells, on viridis from
 * 0 to 1 for UCell and AUCell scores and on the blue–white–red scale centred on 0 for Seurat's. Immutable.
 */
public final class ModuleTypeStrips {

    /** A strip cell's width and the strip's height, in label font sizes. */
    private static final double CELL_WIDTH = 0.5;
    private static final double HEIGHT = 0.75;
    private static final Color FRAME = new Color(0x777777);

    private final ModuleCellTypeScores values;
    private final SequentialScale sequential = new SequentialScale(1);
    private final DivergingScale diverging;

    ModuleTypeStrips(ModuleCellTypeScores values) {
        this.values = Objects.requireNonNull(values, "values");
        double max = values.medians().values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(Double::isFinite).map(Math::abs).max().orElse(0);
        // A limit rounded up to a tenth, so that the bar's ends read plainly and the largest median reaches an end.
        this.diverging = new DivergingScale(Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10));
    }

    /**
     * A figure of {@code network}, nodes filled by kind, each node carrying a numbered badge per scored module it
     * belongs to, with the strip of the module's median per-cell score per cell type attached under the badge, and
     * legend blocks naming the modules, the types in strip order and the colour scale.
     *
     * @throws IllegalArgumentException when {@code values} names a module the network lacks
     */
    public static FigureScene figure(Network network, ModuleCellTypeScores values, FigureOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(options, "options");
        return FigureComposer.compose(network, null, ModuleBadges.withStrips(network, values), null, options);
    }

    ModuleCellTypeScores values() {
        return values;
    }

    /** The ends of the diverging scale (Seurat scores); unused for scores in [0, 1]. */
    DivergingScale diverging() {
        return diverging;
    }

    /** The width of a badge with its strip: the strip's, at least a plain badge's side. */
    double width(double font) {
        return Math.max(ModuleBadges.side(font), values.types().size() * CELL_WIDTH * font);
    }

    static double height(double font) {
        return HEIGHT * font;
    }

    /** The colour of a median score; {@link DivergingScale#MISSING} for none. */
    Color colour(double median) {
        if (Double.isNaN(median)) {
            return DivergingScale.MISSING;
        }
        return values.centredOnZero() ? diverging.colour(median) : sequential.colour(median);
    }

    /** One strip cell: the type's index, its box and the median score it shows. */
    record Cell(int type, Rectangle2D box, double median) {
    }

    /** The cells of module {@code moduleId}'s strip filling {@code strip}, in the types' order. */
    List<Cell> cells(String moduleId, Rectangle2D strip) {
        int types = values.types().size();
        double w = strip.getWidth() / types;
        List<Cell> cells = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            cells.add(new Cell(t, new Rectangle2D.Double(strip.getX() + t * w, strip.getY(), w, strip.getHeight()),
                    values.median(moduleId, t)));
        }
        return cells;
    }

    /** Paints module {@code moduleId}'s strip in {@code strip}: its cells, a faint line between them and a frame. */
    void paint(Graphics2D g, String moduleId, Rectangle2D strip, double font) {
        List<Cell> cells = cells(moduleId, strip);
        for (Cell c : cells) {
            g.setColor(colour(c.median()));
            g.fill(c.box());
        }
        g.setStroke(new BasicStroke((float) (font * 0.04)));
        g.setColor(Color.WHITE);
        for (Cell c : cells.subList(1, cells.size())) {
            g.draw(new Line2D.Double(c.box().getMinX(), strip.getMinY(), c.box().getMinX(), strip.getMaxY()));
        }
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) (font * 0.06)));
        g.draw(strip);
    }

    /** The legend blocks: the modules by number, the cell types in strip order, and the colour key. */
    List<Legend.Block> legendBlocks(ModuleBadges badges) {
        List<LegendEntry> modules = new ArrayList<>();
        for (var module : badges.modules()) {
            modules.add(new BadgeEntry(badges.number(module.id()), Color.WHITE, false, module.label()
                    + (values.scored(module.id()) ? "" : ": not scored")));
        }
        List<Legend.Block> blocks = new ArrayList<>();
        blocks.add(new Legend.Block("Modules", modules, 1, new Rectangle2D.Double()));
        blocks.add(Legend.cellTypes(values.column(), values.types(), "strip cells"));
        String title = "Strip colour: median " + values.method() + " score of the type's cells";
        if (values.centredOnZero()) {
            blocks.add(new Legend.Block(title, List.of(new BarEntry(diverging, values.method() + " score")), 1,
                    new Rectangle2D.Double()));
        } else {
            List<LegendEntry> swatches = new ArrayList<>();
            for (double v : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                swatches.add(new SwatchEntry(sequential.colour(v), Legend.number(v)));
            }
            blocks.add(new Legend.Block(title, swatches, 1, new Rectangle2D.Double()));
        }
        return blocks;
    }

    /** What the badges and strips show, for the caption. */
    String caption() {
        String scale = values.centredOnZero()
                ? String.format(Locale.ROOT, "on a blue–white–red colour-blind-safe scale centred at 0 (ends at "
                        + "\u2212%s and +%s)", Legend.number(diverging.limit()), Legend.number(diverging.limit()))
                : "on the colour-blind-safe viridis scale from 0 to 1";
        return String.format(Locale.ROOT, "Numbered badges under a node: the modules it belongs to that were scored "
                + "(numbers as in the legend). Strip under each badge: one cell per cell type of %s, left to right "
                + "%s, filled by the median %s score of the module over the type's cells (as in cell-type-scores.tsv) "
                + "%s. ", values.column(), String.join(", ", values.types()), values.method(), scale);
    }
}
