package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.ExistingOutputException;
import org.senescope.render.files.FigureExport;
import org.senescope.render.pdf.PdfFigureWriter;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;

/** The back ends take any drawing, and a network figure is nothing but its scene's drawing. */
class DrawingWritersTest {

    /** 72 × 36 points: a red square of 18 points at (9, 9), and what the back end set, recorded. */
    private record Square(List<Object> hintsSeen) implements Drawing {
        @Override
        public double width() {
            return 72;
        }

        @Override
        public double height() {
            return 36;
        }

        @Override
        public String title() {
            return "Square";
        }

        @Override
        public void draw(Graphics2D g) {
            hintsSeen.add(g.getRenderingHint(RenderingHints.KEY_ANTIALIASING));
            hintsSeen.add(g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL));
            g.setColor(Color.RED);
            g.fill(new Rectangle2D.Double(9, 9, 18, 18));
        }
    }

    private final FigureScene scene = FigureScene.compose(SceneFixtures.network(), SceneFixtures.overlay(),
            SceneFixtures.options());

    @Test
    void pngDrawsAnyDrawingOnWhiteAtTheResolutionAsked() throws IOException {
        List<Object> hints = new ArrayList<>();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes(new PngFigureWriter(), new Square(hints),
                144)));
        assertEquals(144, image.getWidth());
        assertEquals(72, image.getHeight());
        assertEquals(0xFF0000, image.getRGB(36, 36) & 0xFFFFFF, "the square's centre, 18 points in at 144 dpi");
        assertEquals(0xFFFFFF, image.getRGB(70, 36) & 0xFFFFFF, "what the drawing leaves is white");
        assertEquals(0xFFFFFF, image.getRGB(143, 71) & 0xFFFFFF);
        assertEquals(List.of(RenderingHints.VALUE_ANTIALIAS_ON, RenderingHints.VALUE_STROKE_PURE), hints);
    }

    @Test
    void everyBackEndSetsTheSameHintsBeforeTheDrawingDraws() throws IOException {
        for (DrawingWriter writer : List.of(new PngFigureWriter(), new SvgFigureWriter(), new PdfFigureWriter())) {
            List<Object> hints = new ArrayList<>();
            bytes(writer, new Square(hints), 72);
            assertEquals(List.of(RenderingHints.VALUE_ANTIALIAS_ON, RenderingHints.VALUE_STROKE_PURE), hints,
                    writer.getClass().getSimpleName());
        }
    }

    @Test
    void svgAndPdfTakeTheDrawingsSizeTitleAndIdentity() throws IOException {
        String svg = new String(bytes(new SvgFigureWriter(), new Square(new ArrayList<>()), 72),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains(" width='72.0pt' height='36.0pt' viewBox='0.0 0.0 72.0 36.0'>"), svg);
        assertTrue(svg.contains("<rect x='9.0' y='9.0' width='18.0' height='18.0' style='fill:rgb(255,0,0)'/>"), svg);
        try (PDDocument pdf = Loader.loadPDF(bytes(new PdfFigureWriter(), new Square(new ArrayList<>()), 72))) {
            assertEquals(72, pdf.getPage(0).getMediaBox().getWidth(), 1e-6);
            assertEquals("Square", pdf.getDocumentInformation().getTitle());
            COSArray id = (COSArray) pdf.getDocument().getTrailer().getDictionaryObject(COSName.ID);
            assertEquals("Square|72.0x36.0", ((COSString) id.getObject(0)).getString());
        }
    }

    @Test
    void aNetworkFigureIsItsScenesDrawingAtTheScenesResolution() throws IOException {
        Drawing drawing = Drawing.of(scene);
        for (DrawingWriter writer : List.of(new PngFigureWriter(), new SvgFigureWriter(), new PdfFigureWriter())) {
            ByteArrayOutputStream viaScene = new ByteArrayOutputStream();
            writer.write(scene, viaScene);
            assertArrayEquals(viaScene.toByteArray(), bytes(writer, drawing, scene.options().dpi()),
                    writer.getClass().getSimpleName());
        }
        assertEquals("Test figure", drawing.title());
        assertEquals(SceneFixtures.network().name() + "|Test figure", drawing.identity());
    }

    @Test
    void theNetworkPngHasNoDarkEdgeWhereTheFigureEndsInsideAPixel() throws IOException {
        BufferedImage image = PngFigureWriter.render(scene);
        assertTrue(scene.width() * scene.options().dpi() / 72 % 1 != 0, "the fixture ends inside a pixel");
        for (int x = 0; x < image.getWidth(); x += 50) {
            assertEquals(0xFFFFFF, image.getRGB(x, image.getHeight() - 1) & 0xFFFFFF, "bottom row at x " + x);
        }
        for (int y = 0; y < image.getHeight(); y += 50) {
            assertEquals(0xFFFFFF, image.getRGB(image.getWidth() - 1, y) & 0xFFFFFF, "right column at y " + y);
        }
    }

    @Test
    void htmlIsNoDrawingFormatAndTheResolutionMustBePositive(@TempDir Path dir) {
        IllegalArgumentException html = assertThrows(IllegalArgumentException.class,
                () -> FigureExport.drawingWriterOf(FigureFormat.HTML));
        assertEquals("a drawing is written as PNG, SVG or PDF, not HTML", html.getMessage());
        IllegalArgumentException dpi = assertThrows(IllegalArgumentException.class,
                () -> FigureExport.write(new Square(new ArrayList<>()), 0, List.of(FigureFormat.SVG), dir, "x"));
        assertEquals("dpi must be positive, found 0", dpi.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PngFigureWriter.render(new Square(new ArrayList<>()), 0));
    }

    @Test
    void aDrawingsFilesAreWrittenTogetherInTheOrderOfTheFormats(@TempDir Path dir) throws IOException {
        List<Path> files = FigureExport.write(new Square(new ArrayList<>()), 72,
                List.of(FigureFormat.SVG, FigureFormat.PNG), dir.resolve("out"), "square");
        assertEquals(List.of(dir.resolve("out/square.svg"), dir.resolve("out/square.png")), files);
        assertArrayEquals(bytes(new PngFigureWriter(), new Square(new ArrayList<>()), 72),
                Files.readAllBytes(files.get(1)));
        List<Path> scene = FigureExport.write(this.scene, List.of(FigureFormat.PDF), Map.of("a.txt", "a"),
                dir.resolve("fig"), "figure");
        assertEquals(List.of(dir.resolve("fig/figure.pdf"), dir.resolve("fig/a.txt")), scene);
    }

    @Test
    void aDrawingsFilesNeverReplaceAnExistingFileAndLeaveNothingWhenRefused(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path mine = Files.writeString(out.resolve("square.png"), "mine");
        ExistingOutputException e = assertThrows(ExistingOutputException.class, () -> FigureExport.write(
                new Square(new ArrayList<>()), 72, List.of(FigureFormat.SVG, FigureFormat.PNG), out, "square"));
        assertEquals(mine + ": already exists; nothing written (use --overwrite to replace it)", e.getMessage());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(mine), left.toList(), "no SVG, no staging folder, no temporary file");
        }
        assertEquals("mine", Files.readString(mine));
    }

    private static byte[] bytes(DrawingWriter writer, Drawing drawing, int dpi) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(drawing, dpi, out);
        return out.toByteArray();
    }
}
