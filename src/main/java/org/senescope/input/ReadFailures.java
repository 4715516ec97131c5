package org.senescope.input;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;

/**
 * How a {@link BoundedInput} stream words its failures. The mechanism is shared; the words are the caller's, because
 * users and tests of each reader know its messages. An implementation that words them as bad data throws an
 * {@link org.senescope.failure.InputFormatException} itself instead of returning an {@link IOException}.
 * Implementations must be stateless or thread-confined.
 */
public interface ReadFailures {

    /** The failure when more than {@code maxBytes} bytes would be delivered; {@code gzip} if they were decompressed. */
    IOException overLimit(long maxBytes, boolean gzip);

    /** The failure when gzip data end early, after {@code delivered} bytes were handed out. */
    IOException truncatedGzip(long delivered, EOFException cause);

    /** The failure when gzip data are damaged, after {@code delivered} bytes were handed out. */
    IOException corruptGzip(long delivered, ZipException cause);

    /** The failure when the gzip header itself cannot be read; by default the JDK's own exception. */
    default IOException unreadableGzipHeader(IOException cause) {
        return cause;
    }

    /**
     * Plain wording without a file name, for readers that add the location themselves: "more than N bytes[ after
     * decompression], the most accepted", "gzip data ends early: the file is truncated", "corrupt gzip data (...)".
     */
    static ReadFailures plain() {
        return PlainFailures.INSTANCE;
    }

    /** {@link #plain()} but for the cap: "larger than N bytes, the most accepted", for inputs that are never gzip. */
    static ReadFailures sizeOnly() {
        return PlainFailures.SIZE_ONLY;
    }
}
