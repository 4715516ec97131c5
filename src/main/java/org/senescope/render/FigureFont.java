package org.senescope.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every figure: Liberation Sans (metric-compatible with Arial), read from the copy PDFBox ships,
 * so that PNG, SVG and PDF measure and draw text identically on every machine and the PDF can embed it.
 * Thread-safe; the font is loaded once.
 */
public final class FigureFont {

    /** The classpath resource of the TrueType file inside PDFBox. */
    public static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Measuring context: anti-aliased, fractional metrics, no device transform; the same on every machine. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static final class Holder {
        static final Font BASE = load();
    }

    private FigureFont() {
    }

    /** The typeface at {@code points} size. */
    public static Font at(double points) {
        return Holder.BASE.deriveFont((float) points);
    }

    /** The font file's bytes, for writers that embed it. */
    public static InputStream openTrueType() {
        InputStream in = FigureFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the figure font " + RESOURCE + " is missing from the class path");
        }
        return in;
    }

    /** The advance width of {@code text} in points. */
    static double width(String text, double points) {
        return at(points).getStringBounds(text, MEASURE).getWidth();
    }

    private static Font load() {
        try (InputStream in = openTrueType()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the figure font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the figure font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
