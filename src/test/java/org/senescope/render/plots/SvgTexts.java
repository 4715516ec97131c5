package org.senescope.render.plots;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The texts of a plot's SVG with where they were drawn: for tests of what a figure shows and whether it fits.
 *
 * @param width  the figure's width (the viewBox's)
 * @param height the figure's height
 * @param texts  every text element, in drawing order
 */
public record SvgTexts(double width, double height, List<Text> texts) {

    private static final Pattern FONT_SIZE = Pattern.compile("font-size: ([0-9.]+)px");

    /**
     * One drawn text.
     *
     * @param text    its characters
     * @param x       the left end of its baseline
     * @param y       its baseline
     * @param size    its font size
     * @param turned  whether it is drawn under a transform (turned labels), where x and y are not page positions
     */
    public record Text(String text, double x, double y, double size, boolean turned) {

        /** Its advance width, measured with the font the plots draw with. */
        public double width() {
            return PlotText.width(text, size);
        }

        /** Whether its box (baseline to ascent and descent, 0.8 and 0.25 of the size) lies inside the page. */
        public boolean inside(double pageWidth, double pageHeight) {
            return x >= 0 && x + width() <= pageWidth && y - 0.8 * size >= 0 && y + 0.25 * size <= pageHeight;
        }
    }

    /** Reads the texts of {@code svg}. */
    public static SvgTexts of(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        String[] box = doc.getDocumentElement().getAttribute("viewBox").trim().split("\\s+");
        List<Text> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            Matcher size = FONT_SIZE.matcher(e.getAttribute("style"));
            if (!size.find()) {
                throw new AssertionError("no font size on " + e.getTextContent());
            }
            texts.add(new Text(e.getTextContent(), Double.parseDouble(e.getAttribute("x")),
                    Double.parseDouble(e.getAttribute("y")), Double.parseDouble(size.group(1)), turned(e)));
        }
        return new SvgTexts(Double.parseDouble(box[2]), Double.parseDouble(box[3]), texts);
    }

    /** The texts drawn upright, as page positions. */
    public List<Text> upright() {
        return texts.stream().filter(t -> !t.turned()).toList();
    }

    private static boolean turned(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute("transform")) {
                return true;
            }
        }
        return false;
    }
}
