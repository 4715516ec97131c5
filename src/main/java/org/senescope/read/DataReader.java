package org.senescope.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.senescope.failure.InputFormatException;

/**
 * A reader of one format of users' data, in the manner of JGraphT's importers and FastCSV's readers: its options are
 * typed and fixed when it is made, then it reads a file or a stream the caller owns, any number of times, into an
 * immutable result that says what was skipped. Either way gzip is recognised by its magic bytes (users rename files)
 * and the decompressed size is held to the reader's {@link InputLimits}. Implementations are immutable and
 * thread-safe.
 *
 * @param <R> the result of one read
 */
public interface DataReader<R> {

    /**
     * Reads {@code file}, naming it in messages as given.
     *
     * @throws InputFormatException naming file, line and column when the content is not in the format, or is over
     *                              the limits
     * @throws IOException          when the file cannot be read
     */
    R read(Path file) throws IOException;

    /**
     * Reads {@code in} to its end; the stream stays open, for the caller to close.
     *
     * @param source the name used in messages and in the result, e.g. the file name the stream came from
     * @throws InputFormatException naming {@code source}, line and column when the content is not in the format, or
     *                              is over the limits
     * @throws IOException          when the stream fails
     */
    R read(InputStream in, String source) throws IOException;
}
