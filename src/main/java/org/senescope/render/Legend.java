package org.senescope.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.data.Overlay;
import org.senescope.render.LegendEntry.KindEntry;
import org.senescope.render.LegendEntry.EdgeEntry;
import org.senescope.render.LegendEntry.BorderEntry;
import org.senescope.render.LegendEntry.SwatchEntry;
import org.senescope.render.LegendEntry.BarEntry;
import org.senescope.render.LegendEntry.BadgeEntry;
import org.senescope.render.LegendEntry.NoteEntry;

/**
 * The legend drawn inside the figure: the colour bar with its units and range, the node kinds present, the edge
 * types, and the significance encoding. Blocks are laid left to right and wrap to the figure's width.
 */
final class Legend {

    record Block(String title, List<LegendEntry> entries, int columns, Rectangle2D area) {
    }

    /** The plain line the sign samples are drawn with. */
    private static final EvidenceType PLAIN = EvidenceType.CITED_PRIOR_WORK;
    /** The area of a block not yet placed (Block copies nothing; the rectangle is never changed). */
    private static final Rectangle2D NOWHERE = new Rectangle2D.Double();
    /** A legend narrower than this (points; a single column) lays its blocks out in several columns. */
    private static final double NARROW = 400;
    /**
     * A legend row's height, in font sizes: 1.7, and 1.5 in a narrow legend, whose blocks stack in more rows (a
     * single column gains about 5 mm of page height; the glyphs, 1.3 font sizes high, stay apart).
     */
    private static final double ROW = 1.7;
    private static final double NARROW_ROW = 1.5;
    private final List<Block> blocks;
    private final Rectangle2D area;
    private final double font;
    private final double row;

    private Legend(List<Block> blocks, Rectangle2D area, double font, double row) {
        this.blocks = List.copyOf(blocks);
        this.area = area;
        this.font = font;
        this.row = row;
    }

    /**
     * @param overlay       the data colouring the nodes, or null for none
     * @param badges        the module scores on the nodes, or null for none
     * @param dots          the cell-type dot strips under the nodes, or null for none
     * @param abbreviations node labels abbreviated in the drawing, spelt out ("EMT: Epithelial-to-...")
     */
    static Legend compose(Network network, @Nullable Overlay overlay, @Nullable ModuleBadges badges,
                          @Nullable CellTypeDots dots, FigureOptions options, List<String> abbreviations,
                          double nodeFont, double x, double y, double width) {
        double font = Math.max(nodeFont, 5);
        List<Block> unplaced = new ArrayList<>();
        if (overlay != null) {
            unplaced.addAll(overlayBlocks(overlay, options, dots == null));
        }
        if (badges != null) {
            unplaced.addAll(badges.strips().map(s -> s.legendBlocks(badges))
                    .orElseGet(() -> List.of(moduleBlock(badges))));
        }
        if (dots != null) {
            unplaced.addAll(dots.legendBlocks(nodeFont));
        }
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        network.nodes().stream().map(Node::kind).forEach(kinds::add);
        List<LegendEntry> kindEntries = kinds.stream()
                .<LegendEntry>map(k -> new KindEntry(k, overlay == null, k.label())).toList();
        unplaced.add(new Block("Node kind", kindEntries, kindEntries.size() > 5 ? 2 : 1, NOWHERE));
        unplaced.add(new Block("Edge", List.of(
                new EdgeEntry(EdgePainter.Head.ARROW, PLAIN, "activates"),
                new EdgeEntry(EdgePainter.Head.TEE, PLAIN, "inhibits"),
                new EdgeEntry(EdgePainter.Head.NONE, PLAIN, "binds, part of, marks (no sign)")), 1, NOWHERE));
        unplaced.add(new Block("Evidence", EvidenceLevels.present(network).stream()
                .<LegendEntry>map(level -> new EdgeEntry(EdgePainter.Head.NONE, level, EvidenceLevels.describe(level)))
                .toList(), 1, NOWHERE));
        List<LegendEntry> notes = abbreviations.stream().<LegendEntry>map(NoteEntry::new).toList();
        if (!notes.isEmpty()) {
            unplaced.add(new Block("Abbreviations", notes, 1, NOWHERE));
        }

        double row = width < NARROW ? NARROW_ROW : ROW;
        unplaced.replaceAll(b -> width < NARROW ? widest(b, font, row, width) : b);
        List<Block> placed = new ArrayList<>();
        double cx = x;
        double cy = y;
        double rowHeight = 0;
        double gap = font * 2;
        for (Block b : unplaced) {
            double[] size = size(b, font, row);
            if (cx > x && cx + size[0] > x + width) {
                cx = x;
                cy += rowHeight + font;
                rowHeight = 0;
            }
            placed.add(new Block(b.title(), b.entries(), b.columns(),
                    new Rectangle2D.Double(cx, cy, size[0], size[1])));
            cx += size[0] + gap;
            rowHeight = Math.max(rowHeight, size[1]);
        }
        return new Legend(placed, new Rectangle2D.Double(x, y, width, cy + rowHeight - y), font, row);
    }

    /**
     * The colour, significance and member blocks of an overlay; the member block only when {@code memberStrips}
     * (cell-type dot strips take the members' place under the nodes).
     */
    private static List<Block> overlayBlocks(Overlay overlay, FigureOptions options, boolean memberStrips) {
        List<Block> blocks = new ArrayList<>();
        DivergingScale scale = new DivergingScale(options.colourLimit());
        List<LegendEntry> colour = new ArrayList<>(List.of(new BarEntry(scale,
                FoldChangeText.legendLabel(overlay.valueLabel(), overlay.conditions())),
                new SwatchEntry(DivergingScale.MISSING, "not measured")));
        NotExpressed.legendEntry(overlay).ifPresent(colour::add);
        blocks.add(new Block("Colour", colour, 1, NOWHERE));
        List<LegendEntry> sig = new ArrayList<>(List.of(
                new BorderEntry(true, "adjusted p < " + NodeFill.SIGNIFICANCE),
                new BorderEntry(false, "adjusted p \u2265 " + NodeFill.SIGNIFICANCE + " or none")));
        blocks.add(new Block("Significance", sig, 1, new Rectangle2D.Double()));
        if (memberStrips) {
            MemberCells.legendBlock(overlay).ifPresent(blocks::add);
        }
        return blocks;
    }

    /** The block in as many columns as fit {@code width}, at most one per two entries: a narrow legend is shorter. */
    /** The numbered cell types of {@code column}, in the order their marks run ({@code marks}: "dots", ...). */
    static Block cellTypes(String column, List<String> types, String marks) {
        List<LegendEntry> order = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            order.add(new NoteEntry((t + 1) + "  " + types.get(t)));
        }
        return new Block("Cell types (" + column + "), " + marks + " left to right", order, order.size() > 4 ? 2 : 1,
                new Rectangle2D.Double());
    }

    private static Block widest(Block b, double font, double row, double width) {
        Block best = b;
        for (int c = b.columns() + 1; c <= (b.entries().size() + 1) / 2; c++) {
            Block wider = new Block(b.title(), b.entries(), c, NOWHERE);
            best = size(wider, font, row)[0] > width ? best : wider;
        }
        return best;
    }

    /**
     * The "Module scores" block: the scores' colour bar, then every module of the network by number, with its score
     * and q or "not tested", then what a thick outline means.
     */
    private static Block moduleBlock(ModuleBadges badges) {
        var scores = badges.scores();
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(new BarEntry(badges.scale(), scores.methodName() + " " + scores.statistic()));
        for (var module : badges.modules()) {
            String id = module.id();
            entries.add(new BadgeEntry(badges.number(id), badges.colour(id), badges.significant(id),
                    badges.describe(module)));
        }
        entries.add(new BadgeEntry(0, Color.WHITE, true, scores.qLabel() + " < " + NodeFill.SIGNIFICANCE));
        return new Block("Module scores (" + scores.methodName() + " " + scores.statistic() + ", " + scores.qLabel()
                + ")", entries, 1, NOWHERE);
    }

    Rectangle2D area() {
        return (Rectangle2D) area.clone();
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Block b : blocks) {
            texts.add(b.title());
            for (LegendEntry e : b.entries()) {
                texts.add(e.text());
                if (e instanceof BarEntry bar) {
                    texts.addAll(barLabels(bar.scale()));
                }
            }
        }
        return texts;
    }

    static String number(double v) {
        return DecimalText.of(v, 2);
    }

    static List<String> barLabels(DivergingScale scale) {
        return List.of("\u2264 \u2212" + number(scale.limit()), "0", "\u2265 +" + number(scale.limit()));
    }

    private static double glyphWidth(double font) {
        return font * 2.6;
    }

    private static double rowHeight(LegendEntry e, double font, double row) {
        return e instanceof BarEntry ? font * 4.2 : font * row;
    }

    private static double[] size(Block b, double font, double row) {
        int rows = (b.entries().size() + b.columns() - 1) / b.columns();
        double columnWidth = 0;
        double height = 0;
        for (int i = 0; i < b.entries().size(); i++) {
            LegendEntry e = b.entries().get(i);
            double w = e instanceof BarEntry ? Math.max(font * 12, FigureFont.width(e.text(), font))
                    : e instanceof NoteEntry ? FigureFont.width(e.text(), font) : glyphWidth(font) + font * 0.6 + FigureFont.width(e.text(), font);
            columnWidth = Math.max(columnWidth, w);
            if (i < rows) {
                height += rowHeight(e, font, row);
            }
        }
        double titleWidth = FigureFont.width(b.title(), font * 1.1);
        double width = Math.max(titleWidth, b.columns() * columnWidth + (b.columns() - 1) * font * 1.2);
        return new double[] {width, font * 1.8 + height};
    }

    /** Paints every block inside a group of {@code groups}, and every item inside a group within it. */
    void paint(Graphics2D g, DrawingGroups groups) {
        for (Block b : blocks) {
            groups.begin(FigureGroups.legendBlock(b.title()));
            Rectangle2D a = b.area();
            g.setColor(Color.BLACK);
            g.setFont(FigureFont.at(font * 1.1));
            g.drawString(b.title(), (float) a.getX(), (float) (a.getY() + font * 1.1));
            int rows = (b.entries().size() + b.columns() - 1) / b.columns();
            double columnWidth = b.columns() == 1 ? a.getWidth()
                    : (a.getWidth() - (b.columns() - 1) * font * 1.2) / b.columns();
            double y = a.getY() + font * 1.8;
            for (int i = 0; i < b.entries().size(); i++) {
                int col = i / rows;
                if (i % rows == 0) {
                    y = a.getY() + font * 1.8;
                }
                LegendEntry e = b.entries().get(i);
                double x = a.getX() + col * (columnWidth + font * 1.2);
                groups.begin(FigureGroups.legendItem(b.title(), e.text()));
                paintEntry(g, e, x, y);
                groups.end();
                y += rowHeight(e, font, row);
            }
            groups.end();
        }
    }

    private void paintEntry(Graphics2D g, LegendEntry e, double x, double y) {
        double gw = glyphWidth(font);
        double gh = font * 1.3;
        double textX = e instanceof NoteEntry ? x : x + gw + font * 0.6;
        double baseline = y + gh / 2 + font * 0.35;
        if (e instanceof BarEntry bar) {
            LegendGlyphs.paintBar(g, bar, x, y, font);
            return;
        }
        LegendGlyphs.paintGlyph(g, e, new Rectangle2D.Double(x, y, gw, gh), font);
        g.setColor(Color.BLACK);
        g.setFont(FigureFont.at(font));
        g.drawString(e.text(), (float) textX, (float) baseline);
    }
}
