package org.senescope.render;

import java.util.Locale;

/** Numbers as short text for legends, captions and recipes: no trailing zeros, no locale. Stateless. */
public final class DecimalText {

    private DecimalText() {
    }

    /** {@code v} with at most {@code decimals} decimals and no trailing zeros: 3.0 gives "3", 0.25 gives "0.25". */
    public static String of(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
