package org.senescope.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A back end: writes any {@link Drawing} in one format (PNG, SVG or PDF) with that format's settings, so that network
 * figures and plots share them. A network figure is written as {@link Drawing#of(FigureScene) its drawing} at the
 * scene's resolution. Implementations are stateless and thread-safe, flush but never close the stream the caller
 * owns, accept no nulls and report every failure to write as an {@link IOException}.
 */
@FunctionalInterface
public interface DrawingWriter extends FigureWriter {

    /**
     * Writes {@code drawing} to {@code out}, flushing but not closing it.
     *
     * @param dpi pixels per inch of a bitmap format, 1 or more; vector formats ignore it
     * @throws IllegalArgumentException when {@code dpi} is below 1
     */
    void write(Drawing drawing, int dpi, OutputStream out) throws IOException;

    @Override
    default void write(FigureScene scene, OutputStream out) throws IOException {
        write(Drawing.of(scene), scene.options().dpi(), out);
    }
}
