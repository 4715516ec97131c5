package org.senescope.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.pdf.PdfFigureWriter;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each format read back with a real parser: ImageIO, the JDK's XML parser, PDFBox. */
class FigureWritersTest {

    private final FigureScene scene = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
            SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES));

    @Test
    void pngHasThePhysicalSizeInPixelsAndItsResolutionInPhys() throws Exception {
        FigureScene single = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                SceneFixtures.options().withWidth(PhysicalLength.SINGLE_COLUMN).withDpi(600));
        byte[] png = bytes(new PngFigureWriter(), single);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(PhysicalLength.SINGLE_COLUMN.pixels(600), image.getWidth());
        assertEquals(Math.round(single.height() / 72 * 600), image.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element phys = (Element) ((Element) meta.getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs").item(0);
            assertEquals("23622", phys.getAttribute("pixelsPerUnitXAxis"), "600 dpi is 23622 pixels per metre");
            assertEquals("23622", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            Element standard = (Element) ((Element) meta.getAsTree("javax_imageio_1.0"))
                    .getElementsByTagName("HorizontalPixelSize").item(0);
            assertEquals(25.4 / 600, Double.parseDouble(standard.getAttribute("value")), 1e-4);
        }
    }

    @Test
    void svgParsesAsXmlSizedInPointsWithTheLegendAsText() throws Exception {
        byte[] svg = bytes(new SvgFigureWriter(), scene);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(String.format(java.util.Locale.ROOT, "%spt", trim(scene.width())),
                doc.getDocumentElement().getAttribute("width"));
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        assertEquals(4, viewBox.length, "a viewBox in points gives the drawing its physical size");
        assertEquals(scene.width(), Double.parseDouble(viewBox[2]), 1e-6);
        assertEquals(scene.height(), Double.parseDouble(viewBox[3]), 1e-6);
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        for (String legend : List.of("Colour", "log2 fold change (numerator not stated)", "not measured", "Significance",
                "adjusted p < 0.05", "Node kind", "gene", "cell type", "Edge", "activates", "inhibits",
                "Evidence", "finding of the seed", "review claim", "negative finding (not found)", "\u2264 \u22123", "\u2265 +3")) {
            assertTrue(texts.contains(legend), "legend text '" + legend + "' missing from " + texts);
        }
        assertTrue(texts.contains("p53 (TP53)"), "node labels are text");
        assertTrue(texts.contains("Test figure"), "the title is text");
    }

    @Test
    void theSameSceneGivesByteIdenticalSvgAndPdf() throws Exception {
        FigureScene again = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
                SceneFixtures.options().withDisplay(ConditionDisplay.STRIPES));
        assertArrayEquals(bytes(new SvgFigureWriter(), scene), bytes(new SvgFigureWriter(), again));
        assertArrayEquals(bytes(new PngFigureWriter(), scene), bytes(new PngFigureWriter(), again));
    }

    @Test
    void pdfHasOnePageTheFigureSizeEmbeddedFontsAndTextAsText() throws Exception {
        byte[] pdf = bytes(new PdfFigureWriter(), scene);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(scene.width(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(scene.height(), page.getMediaBox().getHeight(), 0.01);
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(page.getResources(), fonts);
            assertFalse(fonts.isEmpty(), "text is drawn with fonts, not as outlines");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Node kind"), text);
            assertTrue(text.contains("p53 (TP53)"), text);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    static byte[] bytes(FigureWriter writer, FigureScene scene) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(scene, out);
        return out.toByteArray();
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
