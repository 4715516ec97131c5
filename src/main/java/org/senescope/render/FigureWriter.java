package org.senescope.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a composed network figure to a stream in one format. The PNG, SVG and PDF writers are {@link DrawingWriter}s
 * that draw the scene's {@link Drawing}; the HTML page is built from the scene itself. Implementations are stateless
 * and thread-safe, flush but never close the stream the caller owns, accept no nulls and report every failure to write
 * as an {@link IOException}.
 */
@FunctionalInterface
public interface FigureWriter {

    /** Writes {@code scene} to {@code out}, flushing but not closing it. */
    void write(FigureScene scene, OutputStream out) throws IOException;
}
