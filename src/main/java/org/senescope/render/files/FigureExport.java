package org.senescope.render.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.senescope.model.format.FigureFormat;
import org.senescope.output.FileSetPlacement;
import org.senescope.output.PlannedFile;
import org.senescope.render.Drawing;
import org.senescope.render.DrawingWriter;
import org.senescope.render.FigureScene;
import org.senescope.render.FigureWriter;
import org.senescope.render.html.HtmlPageWriter;
import org.senescope.render.pdf.PdfFigureWriter;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;

/**
 * Writes a figure (a network scene, or any {@link Drawing}) in several formats, plus extra text files (recipe,
 * methods), into one folder, whole or absent: the formats are drawn to memory (in parallel), then the files are written
 * into a staging folder inside the target folder and moved into place only when all are complete, as every job's
 * files are ({@link FileSetPlacement}); a file that already exists under one of the names is never replaced (the set
 * is refused and nothing written). Stateless and thread-safe.
 */
public final class FigureExport {

    private FigureExport() {
    }

    /** Draws one format of a figure into {@code out}. */
    @FunctionalInterface
    private interface FormatDrawer {
        void draw(FigureFormat format, ByteArrayOutputStream out) throws IOException;
    }

    /**
     * Writes {@code baseName.<ext>} for each format and each extra file (name to UTF-8 text) into {@code directory},
     * creating it if needed.
     *
     * @return the paths written, formats first, in the order given
     * @throws org.senescope.output.ExistingOutputException when one of the files exists (nothing is then written)
     */
    public static List<Path> write(FigureScene scene, Collection<FigureFormat> formats, Map<String, String> extraFiles,
                                   Path directory, String baseName) throws IOException {
        return write((format, out) -> writerOf(format).write(scene, out), formats, extraFiles, directory, baseName);
    }

    /**
     * Writes {@code baseName.<ext>} for each format of {@code drawing} into {@code directory}, creating it if needed;
     * PNG at {@code dpi}.
     *
     * @return the paths written, in the order of {@code formats}
     * @throws org.senescope.output.ExistingOutputException when one of the files exists (nothing is then written)
     * @throws IllegalArgumentException for HTML, which is a page about a network rather than a drawing, or a
     *                                  {@code dpi} below 1
     */
    public static List<Path> write(Drawing drawing, int dpi, Collection<FigureFormat> formats, Path directory,
                                   String baseName) throws IOException {
        formats.forEach(FigureExport::drawingWriterOf);
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive, found " + dpi);
        }
        return write((format, out) -> drawingWriterOf(format).write(drawing, dpi, out), formats, Map.of(), directory,
                baseName);
    }

    /**
     * The files {@code baseName.<ext>} of each format of {@code scene}, drawn now (several at once), to be written as
     * part of an output set.
     *
     * @return one planned file per format, in the order given
     */
    public static List<PlannedFile> plan(FigureScene scene, Collection<FigureFormat> formats, Path directory,
                                         String baseName) throws IOException {
        return plan((format, out) -> writerOf(format).write(scene, out), formats, directory, baseName);
    }

    /** The writer of {@code format}. */
    public static FigureWriter writerOf(FigureFormat format) {
        return format == FigureFormat.HTML ? new HtmlPageWriter() : drawingWriterOf(format);
    }

    /**
     * The back end that writes any drawing in {@code format}.
     *
     * @throws IllegalArgumentException for HTML, which is a page about a network rather than a drawing
     */
    public static DrawingWriter drawingWriterOf(FigureFormat format) {
        return switch (format) {
            case PNG -> new PngFigureWriter();
            case SVG -> new SvgFigureWriter();
            case PDF -> new PdfFigureWriter();
            case HTML -> throw new IllegalArgumentException("a drawing is written as PNG, SVG or PDF, not HTML");
        };
    }

    private static List<Path> write(FormatDrawer drawer, Collection<FigureFormat> formats,
                                    Map<String, String> extraFiles, Path directory, String baseName)
            throws IOException {
        List<PlannedFile> files = new ArrayList<>(plan(drawer, formats, directory, baseName));
        extraFiles.forEach((name, text) -> files.add(new PlannedFile(directory.resolve(name),
                out -> out.write(text.getBytes(StandardCharsets.UTF_8)))));
        FileSetPlacement.place(directory, files, false).keep();
        return files.stream().map(PlannedFile::target).toList();
    }

    private static List<PlannedFile> plan(FormatDrawer drawer, Collection<FigureFormat> formats, Path directory,
                                          String baseName) throws IOException {
        List<FigureFormat> ordered = List.copyOf(formats);
        List<byte[]> drawn = drawAll(drawer, ordered);
        List<PlannedFile> files = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            byte[] bytes = drawn.get(i);
            files.add(new PlannedFile(directory.resolve(baseName + "." + ordered.get(i).extension()),
                    out -> out.write(bytes)));
        }
        return files;
    }

    /**
     * Every format drawn to memory, several at once: the writers share nothing, and the same figure gives the same
     * bytes whichever thread draws it.
     */
    private static List<byte[]> drawAll(FormatDrawer drawer, List<FigureFormat> formats) throws IOException {
        int threads = Math.max(1, Math.min(formats.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "senescope-figure");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (FigureFormat f : formats) {
                futures.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    drawer.draw(f, out);
                    return out.toByteArray();
                }));
            }
            List<byte[]> drawn = new ArrayList<>();
            for (Future<byte[]> future : futures) {
                drawn.add(future.get());
            }
            return drawn;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the figure", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("drawing the figure failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
