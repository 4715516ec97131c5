package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.data.Overlay;
import org.senescope.render.layout.ForceDirectedLayout;
import org.senescope.render.layout.OverlapRemoval;

/**
 * Places everything in a figure: title, panels (nodes sized to their labels, positions scaled to the panel width,
 * overlaps pushed apart), legend and caption, top to bottom. The width is fixed by the options; the height follows.
 */
final class FigureComposer {

    /** Above this many nodes the label size shrinks with the square root of the node count. */
    private static final int READABLE_NODES = 150;
    private static final double MIN_FONT = 1.5;
    /** Label line height, stripe cell side and the gap above a stripe, in label font sizes. */
    private static final double LINE_HEIGHT = 1.15;
    private static final double CELL = 1.3;
    private static final double STRIPE_GAP = 0.25;

    private FigureComposer() {
    }

    /**
     * @param overlay the data colouring the nodes, or null for none
     * @param badges  the module scores drawn under the nodes, or null for none
     */
    static FigureScene compose(Network whole, @Nullable Overlay overlay, @Nullable ModuleBadges badges,
                               FigureOptions options) {
        Network network = EvidenceLevels.keep(whole, options.evidence());
        double width = options.width().points();
        double margin = Math.max(6, width * 0.02);
        double inner = width - 2 * margin;
        List<String> conditions = overlay == null ? List.of() : overlay.conditions();
        boolean panelsMode = overlay != null && options.display() == ConditionDisplay.PANELS;
        int panelCount = panelsMode ? Math.max(1, conditions.size()) : 1;
        int columns = panelsMode ? Math.min(panelCount, inner >= 400 ? 2 : 1) : 1;
        double gutter = margin;
        double panelWidth = (inner - (columns - 1) * gutter) / columns;
        double font = labelFont(network, panelWidth);

        double y = margin;
        double titleFont = Math.max(font * 1.5, 7);
        List<String> titleLines = options.title().isBlank() ? List.of()
                : TextWrap.wrap(options.title(), titleFont, inner);
        y += titleLines.size() * titleFont * 1.2 + (titleLines.isEmpty() ? 0 : font);

        int stripeCells = overlay != null && options.display() == ConditionDisplay.STRIPES ? conditions.size() : 0;
        List<SceneNode> nodes = placeNodes(network, options, font, panelWidth, n -> MemberCells.grid(n, overlay,
                stripeCells), badges);
        double networkHeight = nodes.stream().mapToDouble(n -> n.footprint().getMaxY()).max().orElse(0);
        double headingHeight = panelsMode ? font * 1.8 : 0;

        List<FigurePanel> panels = new ArrayList<>();
        int rows = (panelCount + columns - 1) / columns;
        for (int p = 0; p < panelCount; p++) {
            int row = p / columns;
            int col = p % columns;
            double px = margin + col * (panelWidth + gutter);
            double py = y + row * (headingHeight + networkHeight + gutter) + headingHeight;
            String heading = panelsMode ? conditions.get(p) : "";
            int condition = overlay == null ? -1 : (panelsMode ? p : 0);
            panels.add(new FigurePanel(new Rectangle2D.Double(px, py, panelWidth, networkHeight), heading, condition));
        }
        y += rows * (headingHeight + networkHeight) + (rows - 1) * gutter + margin;

        Legend legend = Legend.compose(network, overlay, badges, options, font, margin, y, inner);
        y = legend.area().getMaxY() + font;

        double captionFont = Math.max(font, 5);
        List<String> caption = TextWrap.wrap(CaptionText.of(whole, network, overlay, badges, options), captionFont, inner);
        Rectangle2D captionArea = new Rectangle2D.Double(margin, y, inner, caption.size() * captionFont * 1.25);
        double height = captionArea.getMaxY() + margin;
        return new FigureScene(network, overlay, badges, options, width, height, font, titleLines, panels, nodes,
                legend, captionArea, caption);
    }

    /**
     * Six points at full page width, the smallest most journals print, five in a single column. A network too large
     * for that gets the size at which its node boxes fill about a quarter of a square panel, so that removing overlaps
     * does not stretch it into a column many pages tall; node sizes grow linearly with the font, so one measurement at
     * one point suffices.
     */
    static double labelFont(Network network, double panelWidth) {
        double base = panelWidth >= 400 ? 6 : panelWidth >= 230 ? 5 : 4.5;
        if (network.nodes().size() <= READABLE_NODES) {
            return base;
        }
        double area = 0;
        for (Node n : network.nodes()) {
            List<String> lines = TextWrap.wrap(n.label(), 1, 11.5);
            double[] size = NodeGlyphs.size(n.kind(), TextWrap.widest(lines, 1), lines.size() * 1.15, 0.45);
            area += size[0] * size[1];
        }
        double fit = Math.sqrt(0.25 * panelWidth * panelWidth / area);
        return Math.max(MIN_FONT, Math.min(base, fit));
    }

    private static List<SceneNode> placeNodes(Network network, FigureOptions options, double font, double panelWidth,
                                              Function<Node, int[]> grids, @Nullable ModuleBadges badges) {
        Map<String, Position> positions = options.layout().automatic()
                ? ForceDirectedLayout.layout(network, options.layout().seed()) : network.layout();
        List<Node> nodes = network.nodes();
        double pad = font * 0.45;
        double lineHeight = font * LINE_HEIGHT;
        double cell = font * CELL;
        List<double[]> sizes = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        int[] badgeCounts = new int[nodes.size()];
        double maxHalfWidth = 0;
        double maxHalfHeight = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            List<String> lines = TextWrap.wrap(n.label(), font, font * 11.5);
            double[] size = NodeGlyphs.size(n.kind(), TextWrap.widest(lines, font), lines.size() * lineHeight, pad);
            labels.add(lines);
            sizes.add(size);
            badgeCounts[i] = badges == null ? 0 : badges.scoredModulesOf(n).size();
            maxHalfWidth = Math.max(maxHalfWidth, Math.max(Math.max(size[0], grids.apply(n)[0] * cell),
                    ModuleBadges.rowWidth(badgeCounts[i], font)) / 2);
            maxHalfHeight = Math.max(maxHalfHeight, size[1] / 2);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (Node n : nodes) {
            Position p = positionOf(positions, n);
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
        }
        double span = maxX - minX;
        double scale = span > 0 ? Math.max(0, panelWidth - 2 * maxHalfWidth) / span : 1;

        List<Rectangle2D> footprints = new ArrayList<>();
        double stripeGap = font * STRIPE_GAP;
        for (int i = 0; i < nodes.size(); i++) {
            Position p = positionOf(positions, nodes.get(i));
            double cx = (p.x() - minX) * scale + maxHalfWidth;
            double cy = (p.y() - minY) * scale + maxHalfHeight;
            double[] s = sizes.get(i);
            int[] grid = grids.apply(nodes.get(i));
            double h = s[1] + (grid[1] > 0 ? stripeGap + grid[1] * cell * 0.8 : 0)
                    + (badgeCounts[i] > 0 ? ModuleBadges.gap(font) + ModuleBadges.side(font) : 0);
            double w = Math.max(Math.max(s[0], grid[0] * cell),
                    ModuleBadges.rowWidth(badgeCounts[i], font));
            footprints.add(new Rectangle2D.Double(cx - w / 2, cy - s[1] / 2, w, h));
        }
        List<Rectangle2D> placed = OverlapRemoval.pushDown(footprints, font * 1.2);
        double top = placed.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
        List<SceneNode> scene = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Rectangle2D f = placed.get(i);
            scene.add(sceneNode(nodes.get(i), f.getCenterX(), f.getMinY() - top, sizes.get(i), labels.get(i),
                    badgeCounts[i], font, grids.apply(nodes.get(i))));
        }
        return scene;
    }

    /**
     * A node with its box centred at {@code cx} from {@code boxY} down, its label, its cells ({@code grid}: columns
     * and rows, zeros for none) and badge row below.
     */
    private static SceneNode sceneNode(Node n, double cx, double boxY, double[] s, List<String> lines, int badges,
                                       double font, int[] grid) {
        double cell = font * CELL;
        Rectangle2D box = new Rectangle2D.Double(cx - s[0] / 2, boxY, s[0], s[1]);
        double textW = TextWrap.widest(lines, font);
        double textH = lines.size() * (font * LINE_HEIGHT);
        double textCy = box.getCenterY() + NodeGlyphs.labelShift(n.kind()) * s[1];
        Rectangle2D label = new Rectangle2D.Double(cx - textW / 2, textCy - textH / 2, textW, textH);
        Rectangle2D stripe = grid[1] > 0
                ? new Rectangle2D.Double(cx - grid[0] * cell / 2, box.getMaxY() + font * STRIPE_GAP,
                        grid[0] * cell, grid[1] * cell * 0.8)
                : new Rectangle2D.Double();
        double rowWidth = ModuleBadges.rowWidth(badges, font);
        Rectangle2D badgeRow = badges == 0 ? new Rectangle2D.Double()
                : new Rectangle2D.Double(cx - rowWidth / 2, (stripe.isEmpty() ? box.getMaxY() : stripe.getMaxY())
                        + ModuleBadges.gap(font), rowWidth, ModuleBadges.side(font));
        return new SceneNode(n, box, lines, label, stripe, badgeRow);
    }

    /** The node's position in a layout of its network, which places every node. */
    private static Position positionOf(Map<String, Position> positions, Node node) {
        return Objects.requireNonNull(positions.get(node.id()), node.id());
    }
}
