package org.senescope.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a composed figure to a stream in one format. Implementations are stateless and thread-safe, flush but never
 * close the stream the caller owns, accept no nulls and report every failure as an {@link IOException}.
 */
@FunctionalInterface
public interface FigureWriter {

    /** Writes {@code scene} to {@code out}, flushing but not closing it. */
    void write(FigureScene scene, OutputStream out) throws IOException;
}
