package org.senescope.read;

/**
 * Limits against hostile or mistaken input, checked while reading so that a gzip or zip bomb is stopped before it
 * fills memory.
 *
 * @param maxBytes      the most bytes a text input may have after decompression
 * @param maxZipEntries the most entries an xlsx archive may have
 * @param maxZipRatio   the largest ratio of uncompressed to compressed size allowed for an xlsx entry larger than
 *                      1 MiB (real sheets compress 5-20 fold; bombs a thousand fold)
 */
public record InputLimits(long maxBytes, int maxZipEntries, int maxZipRatio) {

    /** 1 GiB of text, 10,000 zip entries, ratio 200. */
    public static final InputLimits DEFAULT = new InputLimits(1L << 30, 10_000, 200);

    public InputLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16 || maxZipEntries <= 0 || maxZipRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive and maxBytes below 2 GiB");
        }
    }

    public InputLimits withMaxBytes(long bytes) {
        return new InputLimits(bytes, maxZipEntries, maxZipRatio);
    }
}
