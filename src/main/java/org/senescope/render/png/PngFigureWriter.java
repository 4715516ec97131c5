package org.senescope.render.png;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.senescope.render.Drawing;
import org.senescope.render.DrawingHints;
import org.senescope.render.DrawingWriter;
import org.senescope.render.FigureScene;
import org.senescope.render.NonClosingOutputStream;

/**
 * Writes a drawing as an RGB PNG at the given resolution, sized to the drawing's physical width and height, with the
 * resolution recorded in the pHYs chunk (pixels per metre) so that layout programs place it at its true size. The
 * bitmap starts white, so a drawing that does not reach its last partial pixel leaves no dark edge. Stateless and
 * thread-safe.
 */
public final class PngFigureWriter implements DrawingWriter {

    private static final double INCHES_PER_METRE = 1 / 0.0254;
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    @Override
    public void write(Drawing drawing, int dpi, OutputStream out) throws IOException {
        BufferedImage image = render(drawing, dpi);
        ImageWriter writer = pngWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(new NonClosingOutputStream(out))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setResolution(metadata, dpi);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    /** The figure as a bitmap at the scene's resolution: {@code width × dpi / 72} pixels wide. */
    public static BufferedImage render(FigureScene scene) {
        return render(Drawing.of(scene), scene.options().dpi());
    }

    /**
     * The drawing as an RGB bitmap, {@code width × dpi / 72} pixels wide (rounded), on white.
     *
     * @throws IllegalArgumentException when {@code dpi} is below 1
     */
    public static BufferedImage render(Drawing drawing, int dpi) {
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive, found " + dpi);
        }
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(drawing.width() * scale),
                (int) Math.round(drawing.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            DrawingHints.apply(g);
            g.scale(scale, scale);
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static ImageWriter pngWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        return writers.next();
    }

    private static void setResolution(IIOMetadata metadata, int dpi) throws IOException {
        String perMetre = Long.toString(Math.round(dpi * INCHES_PER_METRE));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        metadata.mergeTree(PNG_METADATA, root);
    }
}
