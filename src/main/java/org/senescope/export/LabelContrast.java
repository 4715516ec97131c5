package org.senescope.export;

/**
 * The label colour for a fill: black or white, whichever has the higher WCAG 2 contrast ratio against it, so every
 * label on every fill Senescope draws (figures, page, CX2, XGMML, the app's style) reads at a ratio of at least
 * {@value #AA_NORMAL_TEXT}:1 (a fill on which neither black nor white reaches it does not exist: the better of the two
 * is always above 4.58). Colours are {@code #RRGGBB}. Stateless.
 */
public final class LabelContrast {

    /** WCAG 2 level AA for normal text. */
    public static final double AA_NORMAL_TEXT = 4.5;
    public static final String BLACK = "#000000";
    public static final String WHITE = "#FFFFFF";

    private LabelContrast() {
    }

    /** Black or white, whichever contrasts more with {@code fill} (black on a tie). */
    public static String labelOn(String fill) {
        return ratio(fill, BLACK) >= ratio(fill, WHITE) ? BLACK : WHITE;
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 (equal luminance) to 21 (black on white). */
    public static double ratio(String a, String b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB {@code #RRGGBB} colour: 0 for black, 1 for white. */
    public static double relativeLuminance(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
