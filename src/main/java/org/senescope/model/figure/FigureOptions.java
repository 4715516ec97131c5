package org.senescope.model.figure;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.senescope.model.EvidenceType;
import org.senescope.model.overlay.ColourRange;

/**
 * Every parameter of a figure; a recipe records all of them, so that the same network, overlay and options always give
 * the same picture. Immutable; nulls are not accepted.
 *
 * @param width       the figure's width on paper; the height follows from the content
 * @param dpi         resolution of bitmap output, 72 to 1200
 * @param display     how several conditions are shown
 * @param title       the title drawn at the top, may be empty
 * @param caption     a sentence naming the data, drawn under the legend, may be empty
 * @param colourLimit the magnitude at the ends of the colour scale (values beyond are clamped)
 * @param layout      where positions come from
 * @param evidence    the evidence levels whose edges are drawn (an edge's level is its strongest claim's evidence
 *                    type); at least one. Edges of other levels are left out of every format, and the caption says so
 */
public record FigureOptions(PhysicalLength width, int dpi, ConditionDisplay display, String title, String caption,
                            double colourLimit, LayoutChoice layout, Set<EvidenceType> evidence) {

    /** More conditions than this do not fit a node's heat stripe; use panels. */
    public static final int MAX_STRIPES = 8;
    /** Journals ask for 300 dpi for colour images. */
    public static final int DEFAULT_DPI = 300;

    public FigureOptions {
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(layout, "layout");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one evidence level to draw");
        }
        evidence = Collections.unmodifiableSet(EnumSet.copyOf(evidence));
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be between 72 and 1200, found " + dpi);
        }
        if (!(colourLimit > 0) || Double.isInfinite(colourLimit)) {
            throw new IllegalArgumentException("the colour limit must be positive and finite, found " + colourLimit);
        }
    }

    /** Options that draw the edges of every evidence level. */
    public FigureOptions(PhysicalLength width, int dpi, ConditionDisplay display, String title, String caption,
                         double colourLimit, LayoutChoice layout) {
        this(width, dpi, display, title, caption, colourLimit, layout, EnumSet.allOf(EvidenceType.class));
    }

    /** True when some evidence levels are left out. */
    public boolean filtersEvidence() {
        return evidence.size() < EvidenceType.values().length;
    }

    /** Double-column width, 300 dpi, fill display, colour limit {@link ColourRange#DEFAULT_HALF_WIDTH}, preset layout. */
    public static FigureOptions defaults(String title, String caption) {
        return new FigureOptions(PhysicalLength.DOUBLE_COLUMN, DEFAULT_DPI, ConditionDisplay.FILL, title, caption,
                ColourRange.DEFAULT_HALF_WIDTH, LayoutChoice.PRESET);
    }

    public FigureOptions withWidth(PhysicalLength w) {
        return new FigureOptions(w, dpi, display, title, caption, colourLimit, layout, evidence);
    }

    public FigureOptions withDpi(int d) {
        return new FigureOptions(width, d, display, title, caption, colourLimit, layout, evidence);
    }

    public FigureOptions withDisplay(ConditionDisplay d) {
        return new FigureOptions(width, dpi, d, title, caption, colourLimit, layout, evidence);
    }

    public FigureOptions withColourLimit(double limit) {
        return new FigureOptions(width, dpi, display, title, caption, limit, layout, evidence);
    }

    public FigureOptions withLayout(LayoutChoice l) {
        return new FigureOptions(width, dpi, display, title, caption, colourLimit, l, evidence);
    }

    public FigureOptions withEvidence(Set<EvidenceType> levels) {
        return new FigureOptions(width, dpi, display, title, caption, colourLimit, layout, levels);
    }
}
