package org.senescope.render.plots;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.render.FigureFont;

/** Text measuring, drawing and number formatting shared by the plots. Stateless and thread-safe. */
final class PlotText {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private PlotText() {
    }

    /** Advance width of {@code text} at {@code points} size. */
    static double width(String text, double points) {
        return FigureFont.at(points).getStringBounds(text, MEASURE).getWidth();
    }

    /** Draws {@code text} with its baseline at {@code y}, aligned left (0), centred (0.5) or right (1) on {@code x}. */
    static void draw(Graphics2D g, String text, double points, double x, double y, double align) {
        g.setFont(FigureFont.at(points));
        g.drawString(text, (float) (x - align * width(text, points)), (float) y);
    }

    /** Draws {@code text} turned 90° anticlockwise, reading upwards, aligned on its own baseline direction. */
    static void drawUp(Graphics2D g, String text, double points, double x, double y, double align) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, text, points, 0, 0, align);
        g.setTransform(saved);
    }

    /** The text, shortened with an ellipsis to fit {@code max} points. */
    static String fit(String text, double points, double max) {
        if (width(text, points) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "\u2026", points) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }

    /**
     * {@code text} broken at spaces into lines of at most {@code max} points; a word longer than a line is shortened
     * with an ellipsis.
     */
    static List<String> wrap(String text, double points, double max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ", -1)) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, points) > max) {
                lines.add(line);
                longer = word;
            }
            line = fit(longer, points, max);
        }
        lines.add(line);
        return List.copyOf(lines);
    }

    /** A number for a label: 3 significant digits, scientific below 0.001. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        if (v != 0 && Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** A tick label with {@code decimals} decimals. */
    static String tick(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v + 0.0);
    }
}
