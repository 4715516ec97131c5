package org.senescope.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.senescope.model.figure.PhysicalLength;

/**
 * One way of fitting a figure to a journal page, and the order in which {@link FigureComposer} tries them: panel
 * columns, the network drawing's scale (1 = filling its width), its vertical spacing as a share of its horizontal
 * (1 = the layout's own proportions), the caption in the figure or not, the number of {@link ColumnBands} the
 * nodes are arranged in (0: the layout as it is), the clear space between the nodes of those bands, in label font
 * sizes (unused without bands), and whether nodes close in height may trade places in a band towards their links.
 */
record PageFit(int columns, double scale, double flattening, boolean captionInside, int bands, double bandGap,
        boolean byLinks) {

    /** The network drawing's scales tried, largest first, when the figure is too high for the page. */
    private static final List<Double> SCALES = List.of(1.0, 0.85, 0.7, 0.6, 0.5);
    /** The layout's vertical spacing tried, as a share of its horizontal, when the figure is too high for the page. */
    private static final List<Double> FLATTENING = List.of(1.0, 0.8, 0.65, 0.5);
    /** The numbers of column bands tried side by side (the lowest kept) for a single column, or a layout too high. */
    private static final List<Integer> BANDS = List.of(3, 4, 5);
    /**
     * The clear space between nodes in column bands tried, widest first, in label font sizes: wider gaps give routes
     * room for separate tracks (single-column corridor pairs 818 at 1.2, 562 at 1.6 over EdgeRoutingGeometryTest's
     * scenes), but only where the figure still fits the page; 1.2 keeps an arrowhead's room between stacked nodes.
     */
    private static final List<Double> BAND_GAPS = List.of(1.6, 1.4, 1.2);
    /**
     * Bands with nodes moved towards their links first (fewer crossings), then in the layout's order: the moves can
     * stack wide labels in one band and cost the height that decides whether a single column fits at all.
     */
    private static final List<Boolean> BY_LINKS = List.of(true, false);
    /** One pass for a layout drawn as it is, without bands: its gap is {@link FigureComposer}'s, not the fit's. */
    private static final List<Double> LAYOUT_GAP = List.of(1.2);

    /**
     * The first scene at most a page high, trying in this order: the layout (wider than a single column only) with
     * each {@code FLATTENING}, then {@code BANDS} column bands (the lowest of them); within each, the caption inside,
     * then outside; each of {@code SCALES}; each of the panel column counts given; for bands, each of
     * {@code BAND_GAPS}, so that a wider gap never costs the caption or the scale, and each of {@code BY_LINKS}. A
     * figure wider than a double column is not fitted: the first attempt. When none fits, the lowest attempt.
     */
    static FigureScene search(PhysicalLength width, List<Integer> columnChoices, Function<PageFit, FigureScene> compose) {
        boolean journal = width.millimetres() <= PhysicalLength.DOUBLE_COLUMN.millimetres() + 1e-9;
        boolean narrow = width.millimetres() <= PhysicalLength.SINGLE_COLUMN.millimetres() + 1e-9;
        // A single column's drawing is too narrow for a wide layout's columns: it is arranged in bands at once.
        List<List<PageFit>> steps = new ArrayList<>();
        if (!narrow) {
            FLATTENING.forEach(f -> steps.add(List.of(new PageFit(1, 1, f, true, 0, LAYOUT_GAP.get(0), false))));
        }
        steps.add(BANDS.stream().map(b -> new PageFit(1, 1, 1, true, b, BAND_GAPS.get(0), true)).toList());
        double page = PhysicalLength.PAGE_HEIGHT.points() + 1e-6;
        FigureScene lowest = null;
        for (List<PageFit> step : steps) {
            for (boolean captionInside : List.of(true, false)) {
                for (double scale : SCALES) {
                    for (int columns : columnChoices) {
                        for (double gap : step.get(0).bands() == 0 ? LAYOUT_GAP : BAND_GAPS) {
                            for (boolean byLinks : step.get(0).byLinks() ? BY_LINKS : List.of(false)) {
                                FigureScene scene = null;
                                for (PageFit arrangement : step) {
                                    scene = lower(scene, compose.apply(new PageFit(columns, scale,
                                            arrangement.flattening(), captionInside, arrangement.bands(), gap,
                                            byLinks)));
                                }
                                FigureScene kept = Objects.requireNonNull(scene);
                                if (!journal || kept.height() <= page) {
                                    return kept;
                                }
                                lowest = lower(lowest, kept);
                            }
                        }
                    }
                }
            }
        }
        return Objects.requireNonNull(lowest);
    }

    /**
     * Why a figure of several panels cannot be drawn on a journal page, as one line saying how many panels fit at its
     * width and which options to use instead; empty when it fits, has one panel, or is wider than a double column (a
     * poster). A panel's drawing does not shrink with fewer panels (text sizes never do), so the panels that fit are
     * those of the rows left when the rows beyond the page are taken away.
     */
    static Optional<String> panelRefusal(FigureScene scene) {
        List<FigurePanel> panels = scene.panels();
        Optional<String> overflow = scene.pageOverflow();
        if (panels.size() < 2 || overflow.isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D first = panels.get(0).area();
        double rowStep = first.getHeight() + scene.fontSize() * FigureComposer.HEADING
                + FigureComposer.margin(scene.width());
        long columns = panels.stream().mapToDouble(p -> p.area().getX()).distinct().count();
        long rows = (panels.size() + columns - 1) / columns;
        long rowsOver = (long) Math.ceil((scene.height() - PhysicalLength.PAGE_HEIGHT.points()) / rowStep);
        long fit = Math.max(0, rows - rowsOver) * columns;
        List<String> options = new ArrayList<>(scene.pageFitOptions());
        if (options.isEmpty()) {
            options.add(fit > 0 ? "at most " + fit + " conditions" : "a wider --width (not fitted to a page)");
        }
        return Optional.of(String.format(Locale.ROOT, "%s with %d panels, one per condition, where %s; nothing "
                + "written (use %s)", overflow.get(), panels.size(), fit == 0 ? "not one panel fits"
                : fit == 1 ? "1 panel fits" : fit + " panels fit", String.join(" or ", options)));
    }

    /** The lower of two scenes, the first when as high; {@code a} is null when there is none yet. */
    private static FigureScene lower(@Nullable FigureScene a, FigureScene b) {
        return a == null || b.height() < a.height() ? b : a;
    }
}
