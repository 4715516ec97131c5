package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.Network;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.data.Overlay;

/**
 * A figure fully composed and ready to draw: its size in points, title, panels with their placed nodes, legend and
 * caption. Every writer draws the same scene with {@link FigurePainter}, so PNG, SVG and PDF show the same picture.
 * Immutable and thread-safe; build one with {@link #compose}.
 */
public final class FigureScene {

    private final Network network;
    private final @Nullable Overlay overlay;
    private final @Nullable ModuleBadges badges;
    private final @Nullable CellTypeDots dots;
    private final FigureOptions options;
    private final double width;
    private final double height;
    private final double fontSize;
    private final List<String> titleLines;
    private final List<FigurePanel> panels;
    private final List<SceneNode> nodes;
    /** Routed on first use: the composer builds scenes it does not keep while fitting a page. */
    private @Nullable List<DrawnEdge> edges;
    private final Legend legend;
    private final Rectangle2D captionArea;
    private final List<String> captionLines;
    private final String captionText;

    FigureScene(Network network, @Nullable Overlay overlay, @Nullable ModuleBadges badges, @Nullable CellTypeDots dots,
                FigureOptions options, double width, double height, double fontSize, List<String> titleLines,
                List<FigurePanel> panels, List<SceneNode> nodes, Legend legend, Rectangle2D captionArea,
                List<String> captionLines, String captionText) {
        this.network = network;
        this.overlay = overlay;
        this.badges = badges;
        this.dots = dots;
        this.options = options;
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
        this.titleLines = List.copyOf(titleLines);
        this.panels = List.copyOf(panels);
        this.nodes = List.copyOf(nodes);
        this.legend = legend;
        this.captionArea = (Rectangle2D) captionArea.clone();
        this.captionLines = List.copyOf(captionLines);
        this.captionText = captionText;
    }

    /** A figure of {@code network} alone, nodes filled by kind. */
    public static FigureScene compose(Network network, FigureOptions options) {
        return FigureComposer.compose(Objects.requireNonNull(network, "network"), null, null, null,
                Objects.requireNonNull(options, "options"));
    }

    /**
     * A figure of {@code network}, nodes filled by kind, each node carrying numbered badges coloured by the scores of
     * its modules, with a legend block listing every module's score.
     *
     * @throws IllegalArgumentException when {@code scores} names a module the network lacks
     */
    public static FigureScene compose(Network network, ModuleScores scores, FigureOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(options, "options");
        return FigureComposer.compose(network, null, new ModuleBadges(network, scores), null, options);
    }

    /**
     * A figure of {@code network} coloured by {@code overlay}, with module-score badges as in
     * {@link #compose(Network, ModuleScores, FigureOptions)}.
     *
     * @throws IllegalArgumentException as {@link #compose(Network, Overlay, FigureOptions)} does, and when
     *                                  {@code scores} names a module the network lacks
     */
    public static FigureScene compose(Network network, Overlay overlay, ModuleScores scores, FigureOptions options) {
        checkOverlay(network, overlay, options);
        return FigureComposer.compose(network, overlay, new ModuleBadges(network, scores), null, options);
    }


    /**
     * A figure of {@code network} coloured by {@code overlay}.
     *
     * @throws IllegalArgumentException when the overlay names a node the network lacks, or stripes are asked for more
     *                                  than {@value FigureOptions#MAX_STRIPES} conditions
     */
    public static FigureScene compose(Network network, Overlay overlay, FigureOptions options) {
        checkOverlay(network, overlay, options);
        return FigureComposer.compose(network, overlay, null, null, options);
    }

    static void checkOverlay(Network network, Overlay overlay, FigureOptions options) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(options, "options");
        overlay.nodes().forEach(n -> {
            if (network.node(n.nodeId()).isEmpty()) {
                throw new IllegalArgumentException("the overlay names node " + n.nodeId() + ", which the network lacks");
            }
        });
        if (options.display() == ConditionDisplay.STRIPES && overlay.conditions().size() > FigureOptions.MAX_STRIPES) {
            throw new IllegalArgumentException(overlay.conditions().size() + " conditions do not fit a heat stripe "
                    + "(at most " + FigureOptions.MAX_STRIPES + "); use panels");
        }
    }

    public Network network() {
        return network;
    }

    public Optional<Overlay> overlay() {
        return Optional.ofNullable(overlay);
    }

    /** The module scores drawn as badges, empty when the figure has none. */
    public Optional<ModuleScores> moduleScores() {
        return Optional.ofNullable(badges).map(ModuleBadges::scores);
    }

    /** How the module scores are drawn (numbers, colours, legend words), empty when the figure has none. */
    public Optional<ModuleBadges> badges() {
        return Optional.ofNullable(badges);
    }

    /** The cell-type dot strips under the nodes, empty when the figure has none. */
    Optional<CellTypeDots> cellTypeDots() {
        return Optional.ofNullable(dots);
    }

    /** The cell-type expression the dot strips show, empty when the figure has none. */
    public Optional<NodeCellTypes> cellTypes() {
        return Optional.ofNullable(dots).map(CellTypeDots::values);
    }

    public FigureOptions options() {
        return options;
    }

    /** Width in points. */
    public double width() {
        return width;
    }

    /** Height in points. */
    public double height() {
        return height;
    }

    /** Whether the figure is at most a journal page high ({@link PhysicalLength#PAGE_HEIGHT}). */
    public boolean fitsPage() {
        return height <= PhysicalLength.PAGE_HEIGHT.points() + 1e-6;
    }

    /**
     * What is wrong when a figure meant for a journal page (at most {@link PhysicalLength#DOUBLE_COLUMN} wide) is
     * taller than {@link PhysicalLength#PAGE_HEIGHT}, as a phrase ("the figure is 306 mm high, more than a journal
     * page (230 mm) at 85 mm wide"); empty when it fits, and for wider figures (posters), which no page limits.
     */
    public Optional<String> pageOverflow() {
        double wide = options.width().millimetres();
        if (fitsPage() || wide > PhysicalLength.DOUBLE_COLUMN.millimetres() + 1e-9) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the figure is %.0f mm high, more than a journal page (%.0f mm) "
                + "at %.0f mm wide", height * 25.4 / 72, PhysicalLength.PAGE_HEIGHT.millimetres(), wide));
    }

    /**
     * The command-line options likely to make a figure that overflows the page fit ({@code --display stripes} for
     * panels of at most {@value FigureOptions#MAX_STRIPES} conditions, {@code --width double} below a double column),
     * or none.
     */
    public List<String> pageFitOptions() {
        List<String> tries = new ArrayList<>();
        if (panels.size() > 1 && panels.size() <= FigureOptions.MAX_STRIPES) {
            tries.add("--display stripes");
        }
        if (options.width().millimetres() < PhysicalLength.DOUBLE_COLUMN.millimetres() - 1e-9) {
            tries.add("--width double");
        }
        return List.copyOf(tries);
    }

    /**
     * Why this figure must not be written: several panels too high for a journal page, with how many fit and what to
     * use instead (one line); empty when it may be written.
     */
    public Optional<String> refusal() {
        return PageFit.panelRefusal(this);
    }

    /** The size of node labels, in points. */
    public double fontSize() {
        return fontSize;
    }

    public List<String> titleLines() {
        return titleLines;
    }

    public List<FigurePanel> panels() {
        return panels;
    }

    /** Placed nodes, relative to each panel's corner; the same in every panel. */
    public List<SceneNode> nodes() {
        return nodes;
    }

    /**
     * Every edge as drawn, relative to each panel's corner, in the network's edge order; the same in every panel, and
     * inside it (grown by 0.3 label sizes).
     */
    synchronized List<DrawnEdge> edges() {
        if (edges == null) {
            edges = List.copyOf(EdgeRoutes.of(network.edges(), nodes, fontSize, panels.get(0).area()));
        }
        return edges;
    }

    /** Every edge as drawn in figure coordinates, panel by panel. */
    List<DrawnEdge> edgesInFigure() {
        return panels.stream().map(FigurePanel::area)
                .flatMap(a -> edges().stream().map(e -> e.moved(a.getX(), a.getY()))).toList();
    }

    Legend legend() {
        return legend;
    }

    /** Every text line of the legend, in drawing order. */
    public List<String> legendTexts() {
        return legend.texts();
    }

    public Rectangle2D legendArea() {
        return legend.area();
    }

    public List<String> captionLines() {
        return captionLines;
    }

    /**
     * The caption, when it was left out of the figure to fit the page height (see docs/figures.md); it then belongs
     * in the methods text. Empty when the caption is drawn in the figure.
     */
    public Optional<String> captionOutsideFigure() {
        return captionLines.isEmpty() ? Optional.of(captionText) : Optional.empty();
    }

    public Rectangle2D captionArea() {
        return (Rectangle2D) captionArea.clone();
    }

    /** Every node's outline box in figure coordinates, panel by panel. */
    public List<Rectangle2D> nodeBoxesInFigure() {
        return inFigure(SceneNode::footprint);
    }

    /** Every module-score badge row in figure coordinates, panel by panel (empty rectangles for nodes without). */
    public List<Rectangle2D> badgeRowsInFigure() {
        return inFigure(SceneNode::badges);
    }

    /** Every node label's box in figure coordinates, panel by panel. */
    public List<Rectangle2D> labelBoxesInFigure() {
        return inFigure(SceneNode::labelBox);
    }

    private List<Rectangle2D> inFigure(java.util.function.Function<SceneNode, Rectangle2D> part) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (FigurePanel p : panels) {
            Rectangle2D a = p.area();
            for (SceneNode n : nodes) {
                Rectangle2D r = part.apply(n);
                boxes.add(new Rectangle2D.Double(r.getX() + a.getX(), r.getY() + a.getY(), r.getWidth(), r.getHeight()));
            }
        }
        return boxes;
    }
}
