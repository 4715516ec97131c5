package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
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
    /** Node labels, legend and caption of a figure of one network drawing, in points. */
    static final double LABEL_TEXT = 6;
    /** The smallest text drawn (labels in panels, and the caption), in points: most journals' minimum. */
    static final double MIN_TEXT = 5;
    /** A drawing at least this wide (points) shows whole labels; a narrower one short ones ({@link NodeLabels}). */
    private static final double FULL_WIDTH = 400;
    /** The narrowest panel of several, in points (about 42 mm). */
    private static final double MIN_PANEL = 120;
    /** Labels wrap at this many label font sizes. */
    private static final double WRAP = 11.5;
    /** Label line height, stripe cell side and the gap above a stripe, in label font sizes. */
    private static final double LINE_HEIGHT = 1.15;
    static final double CELL = 1.3;
    /** A stripe row's height, in stripe cell sides. */
    static final double STRIPE_ROW = 0.8;
    private static final double STRIPE_GAP = 0.25;
    /** The clear space between nodes of a layout, in label font sizes (in {@link ColumnBands}: the fit's). */
    private static final double GAP = 1.2;
    /** A panel's heading line, in label font sizes. */
    static final double HEADING = 1.8;

    private FigureComposer() {
    }

    /**
     * Composes the figure, fitted to a journal page when the width is at most a double column: the first of the
     * {@link PageFit#search} attempts that is at most {@link PhysicalLength#PAGE_HEIGHT} high (the layout's vertical
     * spacing as drawn, then flattened, nodes still pushed apart; for a single column, or when none of those fits,
     * the nodes arranged in {@link ColumnBands}; caption inside, then outside the figure, for the methods text; the
     * network drawn at its full scale, then smaller, text sizes unchanged; panels in as few columns as fit, each at
     * least {@link #MIN_PANEL} points wide), empty cells of the grid's last row holding the legend. When none fits,
     * the lowest of them, which {@link FigureScene#fitsPage()} says.
     *
     * @param overlay the data colouring the nodes, or null for none
     * @param badges  the module scores drawn under the nodes, or null for none
     * @param dots    the cell-type dot strips drawn under the nodes (in place of member strips), or null for none
     */
    static FigureScene compose(Network whole, @Nullable Overlay overlay, @Nullable ModuleBadges badges,
                               @Nullable CellTypeDots dots, FigureOptions options) {
        Network network = EvidenceLevels.keep(whole, options.evidence());
        Map<String, Position> positions = options.layout().automatic()
                ? ForceDirectedLayout.layout(network, options.layout().seed()) : network.layout();
        int panelCount = overlay != null && options.display() == ConditionDisplay.PANELS
                ? Math.max(1, overlay.conditions().size()) : 1;
        double width = options.width().points();
        double inner = width - 2 * margin(width);
        List<Integer> columnChoices = new ArrayList<>();
        for (int c = 1; c <= panelCount; c++) {
            if (c == 1 || (inner - (c - 1) * margin(width)) / c >= MIN_PANEL) {
                columnChoices.add(c);
            }
        }
        return PageFit.search(options.width(), columnChoices,
                fit -> composeOnce(whole, network, positions, overlay, badges, dots, options, fit));
    }

    static double margin(double width) {
        return Math.max(6, width * 0.02);
    }

    private static FigureScene composeOnce(Network whole, Network network, Map<String, Position> positions,
                                           @Nullable Overlay overlay, @Nullable ModuleBadges badges,
                                           @Nullable CellTypeDots dots, FigureOptions options, PageFit fit) {
        double width = options.width().points();
        double margin = margin(width);
        double inner = width - 2 * margin;
        List<String> conditions = overlay == null ? List.of() : overlay.conditions();
        boolean panelsMode = overlay != null && options.display() == ConditionDisplay.PANELS;
        int panelCount = panelsMode ? Math.max(1, conditions.size()) : 1;
        int columns = fit.columns();
        double gutter = margin;
        double panelWidth = (inner - (columns - 1) * gutter) / columns;
        double font = labelFont(network, panelWidth, panelsMode);
        NodeLabels labels = NodeLabels.of(network, panelWidth < FULL_WIDTH, font, font * WRAP);

        double y = margin;
        double titleFont = Math.max(font * 1.5, 7);
        List<String> titleLines = options.title().isBlank() ? List.of()
                : TextWrap.wrap(options.title(), titleFont, inner);
        y += titleLines.size() * titleFont * 1.2 + (titleLines.isEmpty() ? 0 : font);

        int stripeCells = overlay != null && options.display() == ConditionDisplay.STRIPES ? conditions.size() : 0;
        List<SceneNode> nodes = placeNodes(network, positions, labels, font, panelWidth, fit,
                n -> dots != null ? dots.grid(n) : MemberCells.grid(n, overlay, stripeCells), badges);
        double networkHeight = nodes.stream().mapToDouble(n -> n.footprint().getMaxY()).max().orElse(0);
        double headingHeight = panelsMode ? font * HEADING : 0;

        List<FigurePanel> panels = new ArrayList<>();
        int rows = (panelCount + columns - 1) / columns;
        double rowStep = headingHeight + networkHeight + gutter;
        for (int p = 0; p < panelCount; p++) {
            int row = p / columns;
            double px = margin + (p % columns) * (panelWidth + gutter);
            double py = y + row * rowStep + headingHeight;
            String heading = panelsMode ? conditions.get(p) : "";
            int condition = overlay == null ? -1 : (panelsMode ? p : 0);
            panels.add(new FigurePanel(new Rectangle2D.Double(px, py, panelWidth, networkHeight), heading, condition));
        }
        int emptyCells = rows * columns - panelCount;
        Legend legend;
        if (emptyCells > 0) {
            // The legend fills the grid's empty cells, so that no quadrant of the figure is left blank.
            double lx = margin + (columns - emptyCells) * (panelWidth + gutter);
            legend = Legend.compose(network, overlay, badges, dots, options, labels.abbreviations(), font, lx,
                    y + (rows - 1) * rowStep, emptyCells * (panelWidth + gutter) - gutter);
            y = Math.max(y + rows * rowStep - gutter, legend.area().getMaxY()) + font;
        } else {
            y += rows * rowStep - gutter + margin;
            legend = Legend.compose(network, overlay, badges, dots, options, labels.abbreviations(), font, margin, y,
                    inner);
            y = legend.area().getMaxY() + font;
        }
        double captionFont = Math.max(font, MIN_TEXT);
        String captionText = CellTypeDots.caption(CaptionText.of(whole, network, overlay, badges, options), dots);
        List<String> caption = fit.captionInside() ? TextWrap.wrap(captionText, captionFont, inner) : List.of();
        Rectangle2D captionArea = new Rectangle2D.Double(margin, y, inner, caption.size() * captionFont * 1.25);
        double height = captionArea.getMaxY() + margin;
        return new FigureScene(network, overlay, badges, dots, options, width, height, font, titleLines, panels,
                nodes, legend, captionArea, caption, captionText);
    }

    /**
     * Six points for a drawing of the whole figure's width, single or double column, and {@value #MIN_TEXT} in a
     * panel of several. A network too large for that (more than {@value #READABLE_NODES} nodes) gets the size at
     * which its node boxes fill about a quarter of a square panel, so that removing overlaps does not stretch it into
     * a column many pages tall; node sizes grow linearly with the font, so one measurement at one point suffices.
     */
    static double labelFont(Network network, double panelWidth, boolean panels) {
        double base = panels ? MIN_TEXT : LABEL_TEXT;
        if (network.nodes().size() <= READABLE_NODES) {
            return base;
        }
        double area = 0;
        for (Node n : network.nodes()) {
            List<String> lines = TextWrap.wrap(n.label(), 1, WRAP);
            double[] size = NodeGlyphs.size(n.kind(), TextWrap.widest(lines, 1), lines.size() * 1.15, 0.45);
            area += size[0] * size[1];
        }
        double fit = Math.sqrt(0.25 * panelWidth * panelWidth / area);
        return Math.max(MIN_FONT, Math.min(base, fit));
    }

    private static List<SceneNode> placeNodes(Network network, Map<String, Position> positions, NodeLabels shown,
                                              double font, double panelWidth, PageFit fit,
                                              Function<Node, int[]> grids,
                                              @Nullable ModuleBadges badges) {
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
            List<String> lines = TextWrap.wrap(shown.of(n), font, font * WRAP);
            double[] size = NodeGlyphs.size(n.kind(), TextWrap.widest(lines, font), lines.size() * lineHeight, pad);
            labels.add(lines);
            sizes.add(size);
            badgeCounts[i] = badges == null ? 0 : badges.scoredModulesOf(n).size();
            maxHalfWidth = Math.max(maxHalfWidth, Math.max(Math.max(size[0], grids.apply(n)[0] * cell),
                    badgeRowWidth(badges, badgeCounts[i], font)) / 2);
            maxHalfHeight = Math.max(maxHalfHeight, size[1] / 2);
        }
        double[] extent = extent(positions, nodes);
        double minX = extent[0];
        double minY = extent[2];
        double span = extent[1] - minX;
        // At a fit scale below 1 the drawing is narrower than its panel, and centred in it.
        double offset = panelWidth * (1 - fit.scale()) / 2;
        double scale = span > 0 ? Math.max(0, panelWidth * fit.scale() - 2 * maxHalfWidth) / span : 1;

        List<Rectangle2D> footprints = new ArrayList<>();
        double stripeGap = font * STRIPE_GAP;
        for (int i = 0; i < nodes.size(); i++) {
            Position p = positionOf(positions, nodes.get(i));
            double cx = (p.x() - minX) * scale + maxHalfWidth + offset;
            double cy = (p.y() - minY) * scale * fit.flattening() + maxHalfHeight;
            double[] s = sizes.get(i);
            int[] grid = grids.apply(nodes.get(i));
            double h = s[1] + (grid[1] > 0 ? stripeGap + grid[1] * cell * STRIPE_ROW : 0)
                    + (badges != null && badgeCounts[i] > 0 ? ModuleBadges.gap(font) + badges.height(font) : 0);
            double w = Math.max(Math.max(s[0], grid[0] * cell), badgeRowWidth(badges, badgeCounts[i], font));
            footprints.add(new Rectangle2D.Double(cx - w / 2, cy - s[1] / 2, w, h));
        }
        double gap = font * (fit.bands() == 0 ? GAP : fit.bandGap());
        List<Rectangle2D> placed = OverlapRemoval.pushDown(fit.bands() == 0 ? footprints
                : ColumnBands.arrange(axis(positions, nodes, Position::x), axis(positions, nodes, Position::y),
                        footprints, fit.byLinks() ? links(network) : new int[0][], fit.bands(), offset,
                        panelWidth * fit.scale(), gap), gap);
        double top = placed.stream().mapToDouble(Rectangle2D::getMinY).min().orElse(0);
        List<SceneNode> scene = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Rectangle2D f = placed.get(i);
            scene.add(sceneNode(nodes.get(i), f.getCenterX(), f.getMinY() - top, sizes.get(i), labels.get(i),
                    badges, badgeCounts[i], font, grids.apply(nodes.get(i))));
        }
        return scene;
    }

    private static double badgeRowWidth(@Nullable ModuleBadges badges, int count, double font) {
        return badges == null ? 0 : badges.rowWidth(count, font);
    }

    /** Each edge as the indices of its source and target among the network's nodes. */
    private static int[][] links(Network network) {
        Map<String, Integer> index = new java.util.HashMap<>();
        network.nodes().forEach(n -> index.put(n.id(), index.size()));
        return network.edges().stream().map(e -> new int[] {Objects.requireNonNull(index.get(e.sourceId())),
                        Objects.requireNonNull(index.get(e.targetId()))})
                .toArray(int[][]::new);
    }

    /** One coordinate of each node's layout position, in the nodes' order. */
    private static double[] axis(Map<String, Position> positions, List<Node> nodes, ToDoubleFunction<Position> axis) {
        return nodes.stream().mapToDouble(n -> axis.applyAsDouble(positionOf(positions, n))).toArray();
    }

    /** The smallest x, largest x and smallest y of the nodes' layout positions. */
    private static double[] extent(Map<String, Position> positions, List<Node> nodes) {
        double[] e = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (Node n : nodes) {
            Position p = positionOf(positions, n);
            e[0] = Math.min(e[0], p.x());
            e[1] = Math.max(e[1], p.x());
            e[2] = Math.min(e[2], p.y());
        }
        return e;
    }

    /**
     * A node with its box centred at {@code cx} from {@code boxY} down, its label, its cells ({@code grid}: columns
     * and rows, zeros for none) and badge row below.
     */
    private static SceneNode sceneNode(Node n, double cx, double boxY, double[] s, List<String> lines,
                                       @Nullable ModuleBadges look, int badges, double font, int[] grid) {
        double cell = font * CELL;
        Rectangle2D box = new Rectangle2D.Double(cx - s[0] / 2, boxY, s[0], s[1]);
        double textW = TextWrap.widest(lines, font);
        double textH = lines.size() * (font * LINE_HEIGHT);
        double textCy = NodeGlyphs.labelCentreY(n.kind(), box, textH);
        Rectangle2D label = new Rectangle2D.Double(cx - textW / 2, textCy - textH / 2, textW, textH);
        Rectangle2D stripe = grid[1] > 0
                ? new Rectangle2D.Double(cx - grid[0] * cell / 2, box.getMaxY() + font * STRIPE_GAP,
                        grid[0] * cell, grid[1] * cell * STRIPE_ROW)
                : new Rectangle2D.Double();
        Rectangle2D badgeRow = look == null || badges == 0 ? new Rectangle2D.Double()
                : new Rectangle2D.Double(cx - look.rowWidth(badges, font) / 2, (stripe.isEmpty() ? box.getMaxY()
                        : stripe.getMaxY()) + ModuleBadges.gap(font), look.rowWidth(badges, font), look.height(font));
        return new SceneNode(n, box, lines, label, stripe, badgeRow);
    }

    /** The node's position in a layout of its network, which places every node. */
    private static Position positionOf(Map<String, Position> positions, Node node) {
        return Objects.requireNonNull(positions.get(node.id()), node.id());
    }
}
