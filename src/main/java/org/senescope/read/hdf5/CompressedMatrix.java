package org.senescope.read.hdf5;

import io.jhdf.api.Dataset;

import org.senescope.read.cells.CellMatrixBuilder;

/**
 * Reads a compressed sparse matrix stored as an HDF5 group's {@code data}, {@code indices} and {@code indptr}
 * datasets (10x's {@code /matrix}, AnnData's sparse {@code X}), block by block into a {@link CellMatrixBuilder}: the
 * 64-bit indices are never held whole, and the heap is checked for the declared entries before any is read.
 * Stateless.
 */
public final class CompressedMatrix {

    private CompressedMatrix() {
    }

    /**
     * The entries of the matrix in group {@code group}, checked against the shape.
     *
     * @throws org.senescope.failure.InputFormatException when a dataset is missing, of the wrong length, or holds an
     *                                                    offset or index out of range
     */
    public static CellMatrixBuilder read(Hdf5Input in, String group, MatrixOrientation orientation, int genes,
                                         int cells, long heapBytes) {
        String expected = "expected a compressed sparse matrix (data, indices, indptr)";
        Dataset data = in.dataset(group + "/data", expected);
        Dataset indices = in.dataset(group + "/indices", expected);
        long[] indptr = Hdf5Arrays.longs(in, in.dataset(group + "/indptr", expected));
        long n = Hdf5Arrays.length(in, data);
        boolean byCell = orientation == MatrixOrientation.BY_CELL;
        int major = byCell ? cells : genes;
        int minor = byCell ? genes : cells;
        if (Hdf5Arrays.length(in, indices) != n) {
            throw in.fail(group + "/indices has " + Hdf5Arrays.length(in, indices) + " elements and " + group
                    + "/data " + n + "; expected one index per value");
        }
        if (indptr.length != major + 1 || indptr[0] != 0 || indptr[major] != n) {
            throw in.fail(group + "/indptr has " + indptr.length + " elements from " + (indptr.length > 0
                    ? indptr[0] : 0) + " to " + (indptr.length > 0 ? indptr[indptr.length - 1] : 0) + "; expected "
                    + (major + 1) + " offsets from 0 to " + n + " (one per " + (byCell ? "cell" : "gene") + ", and"
                    + " the number of values)");
        }
        for (int k = 0; k < major; k++) {
            if (indptr[k] > indptr[k + 1]) {
                throw in.fail(group + "/indptr decreases at element " + (k + 1) + "; expected non-decreasing"
                        + " offsets");
            }
        }
        CellMatrixBuilder builder = CellMatrixBuilder.expecting(in.source(), 0, genes, cells, n, heapBytes);
        int row = 0;
        for (long at = 0; at < n; at += Hdf5Input.BLOCK) {
            int count = (int) Math.min(Hdf5Input.BLOCK, n - at);
            Object values = Hdf5Arrays.block(in, data, at, count);
            Object index = Hdf5Arrays.block(in, indices, at, count);
            for (int i = 0; i < count; i++) {
                while (indptr[row + 1] <= at + i) {
                    row++;
                }
                double j = Hdf5Arrays.element(in, indices, index, i);
                if (!(j >= 0 && j < minor) || j != Math.rint(j)) {
                    String held = Double.isFinite(j) && j == Math.rint(j) ? Long.toString((long) j)
                            : Double.toString(j);
                    throw in.fail(group + "/indices holds " + held + " at element " + (at + i) + "; expected 0 to "
                            + (minor - 1) + " (the " + (byCell ? "genes" : "cells") + ")");
                }
                double v = Hdf5Arrays.element(in, data, values, i);
                if (!Double.isFinite(v)) {
                    throw in.fail(group + "/data holds " + v + " at element " + (at + i) + "; expected finite"
                            + " values");
                }
                builder.add(byCell ? (int) j : row, byCell ? row : (int) j, (float) v);
            }
        }
        return builder;
    }
}
