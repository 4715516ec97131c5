package org.senescope.render.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.senescope.render.Drawing;
import org.senescope.render.DrawingHints;
import org.senescope.render.DrawingWriter;

/**
 * Writes a drawing as a standalone SVG document in points, text kept as {@code <text>} so that it stays editable and
 * searchable, and each element the drawing names a {@code <g>} with an id and data attributes ({@link SvgGroups}), so
 * that it can be picked, moved and restyled as one object in Illustrator or Inkscape. The same drawing always gives the same bytes: JFreeSVG's random definition prefix is fixed. The
 * resolution is ignored. Stateless and thread-safe.
 */
public final class SvgFigureWriter implements DrawingWriter {

    /** Fonts tried in order by SVG viewers; Liberation Sans is metric-compatible with Arial. */
    static final String FONT_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    @Override
    public void write(Drawing drawing, int dpi, OutputStream out) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(drawing.width(), drawing.height(), SVGUnits.PT);
        svg.setDefsKeyPrefix("senescope");
        svg.setFontFunction(family -> FONT_FAMILY);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        DrawingHints.apply(svg);
        drawing.draw(svg, new SvgGroups(svg));
        // Width and height in points with a viewBox in the drawing's point units, so the SVG has its physical size.
        String element = svg.getSVGElement(null, true, new ViewBox(0, 0, drawing.width(), drawing.height()), null,
                null);
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
