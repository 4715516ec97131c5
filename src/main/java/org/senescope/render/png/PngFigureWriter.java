package org.senescope.render.png;

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

import org.senescope.render.FigurePainter;
import org.senescope.render.NonClosingOutputStream;
import org.senescope.render.FigureScene;
import org.senescope.render.FigureWriter;

/**
 * Writes a figure as an RGB PNG at the options' resolution, sized to the figure's physical width and height, with the
 * resolution recorded in the pHYs chunk (pixels per metre) so that layout programs place it at its true size.
 * Stateless and thread-safe.
 */
public final class PngFigureWriter implements FigureWriter {

    private static final double INCHES_PER_METRE = 1 / 0.0254;

    @Override
    public void write(FigureScene scene, OutputStream out) throws IOException {
        BufferedImage image = render(scene);
        ImageWriter writer = pngWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(new NonClosingOutputStream(out))) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            setResolution(metadata, scene.options().dpi());
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        out.flush();
    }

    /** The figure as a bitmap: {@code width × dpi / 72} pixels wide. */
    public static BufferedImage render(FigureScene scene) {
        double scale = scene.options().dpi() / 72.0;
        int w = (int) Math.round(scene.width() * scale);
        int h = (int) Math.round(scene.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            FigurePainter.paint(scene, g);
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
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
