package org.senescope.model.figure;

/** How an overlay with several conditions is shown. */
public enum ConditionDisplay {
    /** Node fill shows the first condition only; for one-condition overlays. */
    FILL("fill"),
    /** A heat stripe under each measured node, one cell per condition (up to {@value FigureOptions#MAX_STRIPES}). */
    STRIPES("stripes"),
    /** One small network panel per condition, all on one shared colour scale. */
    PANELS("panels");

    private final String label;

    ConditionDisplay(String label) {
        this.label = label;
    }

    /** The word used on the command line and in recipes. */
    public String label() {
        return label;
    }

    /** The display for {@code conditions} conditions when none is asked for: fill for one, stripes up to {@value
     * FigureOptions#MAX_STRIPES}, panels beyond. */
    public static ConditionDisplay defaultFor(int conditions) {
        return conditions <= 1 ? FILL : conditions <= FigureOptions.MAX_STRIPES ? STRIPES : PANELS;
    }

    /** The display with this label, or an exception naming the labels that exist. */
    public static ConditionDisplay fromLabel(String label) {
        for (ConditionDisplay d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown display '" + label + "'; expected fill, stripes or panels");
    }
}
