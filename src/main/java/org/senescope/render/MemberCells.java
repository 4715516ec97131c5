package org.senescope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.MemberOverlay;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;

/**
 * The cells under a node that show its data: the heat stripe of a gene (one cell per condition), or, for a family,
 * complex or shared gene, one cell per measured member: a strip of members for one condition, a grid of members
 * (rows) by conditions (columns) for a stripe. A shared measurement (one CDKN2A row for p16INK4a and ARF) carries a
 * black corner. Stateless.
 */
final class MemberCells {

    private static final Color BORDER = new Color(0x333333);

    private MemberCells() {
    }

    /**
     * The cells of {@code node}: columns and rows, zeros for none.
     *
     * @param overlay     the figure's data, or null for none
     * @param stripeCells conditions drawn as a stripe, 0 when each panel or the fill shows one condition
     */
    static int[] grid(Node node, @Nullable Overlay overlay, int stripeCells) {
        int members = overlay == null ? 0 : overlay.node(node.id()).map(n -> n.members().size()).orElse(0);
        if (members > 0) {
            return stripeCells > 0 ? new int[] {stripeCells, members} : new int[] {members, 1};
        }
        return stripeCells > 0 && node.kind().isGeneBased() ? new int[] {stripeCells, 1} : new int[] {0, 0};
    }

    /** The cell of member {@code row} in drawn condition {@code column} of a {@code columns} by {@code rows} grid. */
    static Rectangle2D cell(Rectangle2D area, int columns, int rows, int column, int row) {
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows;
        return new Rectangle2D.Double(area.getX() + column * w, area.getY() + row * h, w, h);
    }

    /**
     * Paints the members of {@code values} into {@code area}, each cell in a group naming its member.
     *
     * @param conditions the overlay's conditions drawn, as indexes, in column order (one for a fill or a panel)
     * @param stripe     whether the conditions run across (a stripe) rather than the members (a strip)
     */
    static void paint(Graphics2D g, Rectangle2D area, NodeOverlay values, List<Integer> conditions,
                      List<String> conditionNames, boolean stripe, DivergingScale scale, double font,
                      DrawingGroups groups) {
        List<MemberOverlay> members = values.members();
        int columns = stripe ? conditions.size() : members.size();
        int rows = stripe ? members.size() : 1;
        for (int r = 0; r < members.size(); r++) {
            MemberOverlay member = members.get(r);
            for (int c = 0; c < conditions.size(); c++) {
                Measurement m = member.measurements().get(conditions.get(c));
                Rectangle2D cell = stripe ? cell(area, columns, rows, c, r) : cell(area, columns, rows, r, 0);
                groups.begin(FigureGroups.member(values.nodeId(), member, conditionNames.get(conditions.get(c))));
                if (m.notExpressed()) {
                    NotExpressed.paint(g, cell, font);
                    paintCell(g, cell, null, NodeFill.isSignificant(m), member.shared(), font);
                } else {
                    paintCell(g, cell, scale.colour(m.value()), NodeFill.isSignificant(m), member.shared(), font);
                }
                groups.end();
            }
        }
    }

    /**
     * One cell: its colour (none: already painted, e.g. hatched), a thin border (thick when significant), and a black
     * corner when shared.
     */
    static void paintCell(Graphics2D g, Rectangle2D cell, @Nullable Color colour, boolean significant, boolean shared,
                          double font) {
        if (colour != null) {
            g.setColor(colour);
            g.fill(cell);
        }
        if (shared) {
            double side = Math.min(cell.getWidth(), cell.getHeight()) * 0.45;
            Path2D corner = new Path2D.Double();
            corner.moveTo(cell.getMaxX() - side, cell.getMinY());
            corner.lineTo(cell.getMaxX(), cell.getMinY());
            corner.lineTo(cell.getMaxX(), cell.getMinY() + side);
            corner.closePath();
            g.setColor(Color.BLACK);
            g.fill(corner);
        }
        if (significant) {
            FigurePainter.strokeBorder(g, cell, true, font * 0.6);
        } else {
            g.setColor(BORDER);
            g.setStroke(new BasicStroke((float) (font * 0.06)));
            g.draw(cell);
        }
    }

    /** Whether any node of {@code overlay} is drawn member by member, so the legend explains member cells. */
    static boolean any(@Nullable Overlay overlay) {
        return overlay != null && overlay.nodes().stream().anyMatch(NodeOverlay::hasMembers);
    }

    /** Whether any member of {@code overlay} is a shared measurement, so the legend explains the corner. */
    static boolean anyShared(Overlay overlay) {
        return overlay.nodes().stream().flatMap(n -> n.members().stream()).anyMatch(MemberOverlay::shared);
    }

    /** The legend block explaining member cells, and the shared corner when the figure has one; empty if none. */
    static Optional<Legend.Block> legendBlock(Overlay overlay) {
        if (!any(overlay)) {
            return Optional.empty();
        }
        LegendEntry cells = new LegendEntry.CellEntry(false, "one cell per measured member gene, in the node's gene order");
        List<LegendEntry> entries = anyShared(overlay)
                ? List.of(cells, new LegendEntry.CellEntry(true, "black corner: one measurement shared by several nodes"))
                : List.of(cells);
        return Optional.of(new Legend.Block("Families, complexes, shared genes", entries, 1, new Rectangle2D.Double()));
    }

    /** Three member cells in {@code glyph}, the last with the shared corner when {@code shared}. */
    static void paintLegendGlyph(Graphics2D g, Rectangle2D glyph, boolean shared, double font) {
        Rectangle2D area = new Rectangle2D.Double(glyph.getX() + glyph.getWidth() * 0.1, glyph.getY()
                + glyph.getHeight() * 0.15, glyph.getWidth() * 0.8, glyph.getHeight() * 0.7);
        for (int i = 0; i < 3; i++) {
            paintCell(g, cell(area, 3, 1, i, 0), DivergingScale.STOPS.get(2 + 2 * i), false, shared && i == 2, font);
        }
    }
}
