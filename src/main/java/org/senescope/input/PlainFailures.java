package org.senescope.input;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;

/** The wordings of {@link ReadFailures#plain()} and {@link ReadFailures#sizeOnly()}. */
enum PlainFailures implements ReadFailures {
    INSTANCE {
        @Override
        public IOException overLimit(long maxBytes, boolean gzip) {
            return new IOException("more than " + maxBytes + " bytes" + (gzip ? " after decompression" : "")
                    + ", the most accepted");
        }
    },
    SIZE_ONLY {
        @Override
        public IOException overLimit(long maxBytes, boolean gzip) {
            return new IOException("larger than " + maxBytes + " bytes, the most accepted");
        }
    };

    @Override
    public IOException truncatedGzip(long delivered, EOFException cause) {
        return new IOException("gzip data ends early: the file is truncated", cause);
    }

    @Override
    public IOException corruptGzip(long delivered, ZipException cause) {
        return new IOException("corrupt gzip data (" + cause.getMessage() + ")", cause);
    }
}
