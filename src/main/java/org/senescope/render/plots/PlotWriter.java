package org.senescope.render.plots;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.senescope.render.FigureFont;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.NonClosingOutputStream;

/**
 * Writes a {@link Plot} as PNG (pHYs resolution), SVG (JFreeSVG, text as text, fixed definition prefix) or PDF (PDFBox
 * with pdfbox-graphics2d, the figure font embedded, fixed date and identifier). The settings are those of the
 * network-figure writers in {@code render.png/svg/pdf}, whose entry points take a network scene only.
 * Stateless and thread-safe.
 */
public final class PlotWriter {

    private static final double INCHES_PER_METRE = 1 / 0.0254;
    private static final String FONT_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    private PlotWriter() {
    }

    /** Writes {@code plot} in {@code format} (PNG, SVG or PDF) to {@code out}, flushing but not closing it. */
    public static void write(Plot plot, FigureFormat format, int dpi, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> png(plot, dpi, out);
            case SVG -> svg(plot, out);
            case PDF -> pdf(plot, out);
            default -> throw new IllegalArgumentException("plots are written as PNG, SVG or PDF, not " + format);
        }
    }

    /**
     * Writes {@code dir/base.EXT} for every format, all or nothing (temporary files, then moves).
     *
     * @return the files written, in the order of {@code formats}
     */
    public static List<Path> writeFiles(Plot plot, Set<FigureFormat> formats, int dpi, Path dir, String base)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        try {
            for (FigureFormat f : formats) {
                Path tmp = Files.createTempFile(dir, "." + base, ".tmp");
                temps.add(tmp);
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(plot, f, dpi, out);
                }
                targets.add(dir.resolve(base + "." + f.extension()));
            }
            for (int i = 0; i < temps.size(); i++) {
                Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
        return targets;
    }

    /** The plot as an RGB bitmap, {@code width × dpi / 72} pixels wide, white background. */
    public static BufferedImage render(Plot plot, int dpi) {
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(plot.width() * scale),
                (int) Math.round(plot.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            plot.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void png(Plot plot, int dpi, OutputStream out) throws IOException {
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive, found " + dpi);
        }
        BufferedImage image = render(plot, dpi);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(new NonClosingOutputStream(out))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String perMetre = Long.toString(Math.round(dpi * INCHES_PER_METRE));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    private static void svg(Plot plot, OutputStream out) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(plot.width(), plot.height(), SVGUnits.PT);
        svg.setDefsKeyPrefix("senescope");
        svg.setFontFunction(family -> FONT_FAMILY);
        svg.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        plot.paint(svg);
        String element = svg.getSVGElement(null, true, new ViewBox(0, 0, plot.width(), plot.height()), null, null);
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void pdf(Plot plot, OutputStream out) throws IOException {
        float w = (float) plot.width();
        float h = (float) plot.height();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            try (InputStream ttf = FigureFont.openTrueType()) {
                fonts.registerFont(FigureFont.at(10).getFontName(), ttf);
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            try {
                plot.paint(g);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            document.getDocumentInformation().setTitle(plot.title());
            document.getDocumentInformation().setCreator("Senescope");
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(2000, Calendar.JANUARY, 1);
            document.getDocumentInformation().setCreationDate(date);
            byte[] id = (plot.title() + "|" + w + "x" + h).getBytes(StandardCharsets.UTF_8);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(new NonClosingOutputStream(out));
        }
        out.flush();
    }
}
