package org.senescope.model.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length on paper, kept in millimetres. Parsed from {@code 180mm}, {@code 7.0in}, {@code 18cm}, or the journal
 * column presets {@code single} (85 mm) and {@code double} (180 mm).
 *
 * @param millimetres positive and at most one metre
 */
public record PhysicalLength(double millimetres) {

    /** A single journal column. */
    public static final PhysicalLength SINGLE_COLUMN = new PhysicalLength(85);
    /** A full page width, two journal columns. */
    public static final PhysicalLength DOUBLE_COLUMN = new PhysicalLength(180);

    /** The tallest figure a journal page holds (most journals: about 230-240 mm of type area). */
    public static final PhysicalLength PAGE_HEIGHT = new PhysicalLength(230);

    private static final double MM_PER_INCH = 25.4;
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in)");

    public PhysicalLength {
        // Micrometre precision: inches convert exactly and the text form reads back to an equal length.
        millimetres = Math.round(millimetres * 1000) / 1000.0;
        if (!(millimetres > 0 && millimetres <= 1000)) {
            throw new IllegalArgumentException("a figure length must be between 0 and 1000 mm, found " + millimetres);
        }
    }

    /**
     * Parses a length.
     *
     * @throws IllegalArgumentException naming the text and the forms accepted
     */
    public static PhysicalLength parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("single")) {
            return SINGLE_COLUMN;
        }
        if (t.equals("double")) {
            return DOUBLE_COLUMN;
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a length; expected e.g. 180mm, 18cm, 7in, "
                    + "single (85 mm) or double (180 mm)");
        }
        double v = Double.parseDouble(m.group(1));
        return new PhysicalLength(switch (m.group(2)) {
            case "cm" -> v * 10;
            case "in" -> v * MM_PER_INCH;
            default -> v;
        });
    }

    /** In typographic points (1/72 inch). */
    public double points() {
        return millimetres / MM_PER_INCH * 72;
    }

    /** How many pixels this length spans at {@code dpi}, rounded. */
    public int pixels(int dpi) {
        return (int) Math.round(millimetres / MM_PER_INCH * dpi);
    }

    /** The canonical text form, e.g. {@code 180mm}, which {@link #parse} reads back to the same length. */
    @Override
    public String toString() {
        // Micrometres are whole (see the constructor), so three decimals hold the value exactly.
        String text = String.format(Locale.ROOT, "%.3f", millimetres).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "mm";
    }
}
