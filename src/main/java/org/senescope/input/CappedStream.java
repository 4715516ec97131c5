package org.senescope.input;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** Counts delivered bytes against the cap and turns the JDK's terse gzip errors into the caller's wording. */
final class CappedStream extends FilterInputStream {
    private final long maxBytes;
    private final boolean gzip;
    private final ReadFailures failures;
    private long delivered;

    CappedStream(InputStream in, long maxBytes, boolean gzip, ReadFailures failures) {
        super(in);
        this.maxBytes = maxBytes;
        this.gzip = gzip;
        this.failures = failures;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (EOFException e) {
            throw gzip ? failures.truncatedGzip(delivered, e) : e;
        } catch (ZipException e) {
            throw failures.corruptGzip(delivered, e);
        }
        if (n > 0) {
            delivered += n;
            if (delivered > maxBytes) {
                throw failures.overLimit(maxBytes, gzip);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping through read() keeps the byte count honest.
        byte[] sink = new byte[(int) Math.max(0, Math.min(n, 8192))];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    // mark/reset would let bytes be delivered twice but counted once.
    @Override
    public boolean markSupported() {
        return false;
    }
}
