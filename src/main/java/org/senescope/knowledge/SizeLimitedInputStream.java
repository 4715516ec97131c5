package org.senescope.knowledge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with a clear message once more than a set number of bytes has been read, against oversized input. */
final class SizeLimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException("larger than " + limit + " bytes, the most accepted");
        }
    }
}
