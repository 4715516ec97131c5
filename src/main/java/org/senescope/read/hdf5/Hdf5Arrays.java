package org.senescope.read.hdf5;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfException;

/**
 * Reads one-dimensional HDF5 datasets into Java arrays, in blocks of {@link Hdf5Input#BLOCK} elements converted as
 * they come, whatever the stored integer or float width. Stateless.
 */
final class Hdf5Arrays {

    private Hdf5Arrays() {
    }

    /** The length of one-dimensional {@code d}, refusing other shapes and unreadable filters. */
    static long length(Hdf5Input in, Dataset d) {
        in.checkFilters(d);
        long[] dims = d.getDimensionsAsLong();
        if (dims.length != 1) {
            throw in.fail(d.getPath() + " has " + dims.length + " dimensions; expected 1");
        }
        return dims[0];
    }

    /** Elements {@code [offset, offset + count)} of {@code d}, as a numeric Java array of the stored type. */
    static Object block(Hdf5Input in, Dataset d, long offset, int count) {
        try {
            return count == 0 ? new int[0] : d.getData(new long[] {offset}, new int[] {count});
        } catch (HdfException e) {
            throw in.broken(d.getPath(), e);
        }
    }

    /**
     * The block {@code pending} reads, once read; an HDF5 failure there is thrown as {@link #block} throws it.
     */
    static Object joined(CompletableFuture<Object> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Element {@code i} of a block from {@link #block}, as a double (exact for integers up to 2^53). */
    static double element(Hdf5Input in, Dataset d, Object block, int i) {
        if (block instanceof int[] a) {
            return a[i];
        } else if (block instanceof long[] a) {
            return a[i];
        } else if (block instanceof float[] a) {
            return a[i];
        } else if (block instanceof double[] a) {
            return a[i];
        } else if (block instanceof short[] a) {
            return a[i];
        } else if (block instanceof byte[] a) {
            return a[i];
        }
        throw in.fail(d.getPath() + " holds " + d.getJavaType().getSimpleName() + "; expected numbers");
    }

    /** The whole of one-dimensional {@code d} as longs, for offset arrays (one element a cell or gene). */
    static long[] longs(Hdf5Input in, Dataset d) {
        long n = length(in, d);
        if (n > Integer.MAX_VALUE - 8) {
            throw in.fail(d.getPath() + " has " + n + " elements; expected at most " + (Integer.MAX_VALUE - 8));
        }
        long[] out = new long[(int) n];
        for (long at = 0; at < n; at += Hdf5Input.BLOCK) {
            int count = (int) Math.min(Hdf5Input.BLOCK, n - at);
            Object block = block(in, d, at, count);
            for (int i = 0; i < count; i++) {
                double v = element(in, d, block, i);
                if (v != Math.rint(v)) {
                    throw in.fail(d.getPath() + " holds " + v + " at element " + (at + i) + "; expected whole"
                            + " numbers");
                }
                out[(int) at + i] = (long) v;
            }
        }
        return out;
    }

    /** The whole of one-dimensional text dataset {@code d}. */
    static List<String> texts(Hdf5Input in, Dataset d) {
        length(in, d);
        Object data;
        try {
            data = d.getData();
        } catch (HdfException e) {
            throw in.broken(d.getPath(), e);
        }
        if (!(data instanceof String[] texts)) {
            throw in.fail(d.getPath() + " holds " + d.getJavaType().getSimpleName() + "; expected texts");
        }
        return List.of(texts);
    }
}
