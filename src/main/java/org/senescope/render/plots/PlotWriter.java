package org.senescope.render.plots;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.senescope.model.format.FigureFormat;
import org.senescope.render.Drawing;
import org.senescope.render.files.FigureExport;

/**
 * Writes a plot (or any {@link Drawing}) as PNG, SVG or PDF with the back ends and settings of the network figures
 * ({@link FigureExport#drawingWriterOf}). Stateless and thread-safe.
 */
public final class PlotWriter {

    private PlotWriter() {
    }

    /**
     * Writes {@code plot} in {@code format} (PNG at {@code dpi}, SVG or PDF) to {@code out}, flushing but not closing
     * it.
     *
     * @throws IllegalArgumentException for HTML, or a {@code dpi} below 1
     */
    public static void write(Drawing plot, FigureFormat format, int dpi, OutputStream out) throws IOException {
        FigureExport.drawingWriterOf(format).write(plot, dpi, out);
    }

    /**
     * Writes {@code dir/base.EXT} for every format, all or nothing, creating {@code dir} if needed.
     *
     * @return the files written, in the order of {@code formats}
     * @throws IllegalArgumentException for HTML, or a {@code dpi} below 1
     */
    public static List<Path> writeFiles(Drawing plot, Set<FigureFormat> formats, int dpi, Path dir, String base)
            throws IOException {
        return FigureExport.write(plot, dpi, formats, dir, base);
    }
}
