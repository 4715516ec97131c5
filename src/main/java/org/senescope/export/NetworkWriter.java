package org.senescope.export;

import java.io.IOException;
import java.io.OutputStream;

import org.senescope.model.Network;

/**
 * Writes a network to a stream in one file format, as UTF-8. Implementations are stateless and thread-safe; they
 * flush the stream when done but never close it, accept no nulls, and report every failure as an
 * {@link IOException}. The same network always gives the same bytes.
 */
@FunctionalInterface
public interface NetworkWriter {

    /**
     * Writes {@code network} to {@code out}, flushing but not closing it.
     *
     * @throws IOException when the stream fails or the network cannot be expressed in the format
     */
    void write(Network network, OutputStream out) throws IOException;
}
