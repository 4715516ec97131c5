package org.senescope.read.hdf5;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.jhdf.api.Dataset;

import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.cells.CellMatrixBuilder;
import org.senescope.read.cells.CellOrderedBuilder;
import org.senescope.read.cells.MatrixEntries;

/**
 * Reads a compressed sparse matrix stored as an HDF5 group's {@code data}, {@code indices} and {@code indptr}
 * datasets (10x's {@code /matrix}, AnnData's sparse {@code X}), block by block (values and indices inflated on two
 * threads) into a {@link CellOrderedBuilder} when it runs by cell, else a {@link CellMatrixBuilder}: the 64-bit
 * indices are never held whole, and the heap is checked for the declared entries before any is read.
 * Stateless.
 */
public final class CompressedMatrix {

    private CompressedMatrix() {
    }

    /**
     * The matrix in group {@code group}, of {@code features} by {@code barcodes}, checked against their numbers.
     *
     * @throws org.senescope.failure.InputFormatException when a dataset is missing, of the wrong length, or holds an
     *                                                    offset or index out of range
     */
    public static CellMatrix read(Hdf5Input in, String group, MatrixOrientation orientation, List<Feature> features,
                                  List<String> barcodes, long heapBytes) {
        int genes = features.size();
        int cells = barcodes.size();
        MatrixEntries sink = stream(in, group, orientation, genes, cells, n -> orientation == MatrixOrientation.BY_CELL
                ? CellOrderedBuilder.expecting(in.source(), genes, cells, n, heapBytes)
                : CellMatrixBuilder.expecting(in.source(), 0, genes, cells, n, heapBytes));
        return sink.build(features, barcodes);
    }

    /**
     * Checks the matrix in group {@code group} as {@link #read} does and hands its entries, in the file's order (by
     * cell when {@code orientation} is {@link MatrixOrientation#BY_CELL}, else by gene), to the sink that
     * {@code sinkFor} makes for the number of entries; {@link MatrixEntries#build} is not called. For readers that
     * keep only part of a matrix at a time (the Spark module's converter).
     *
     * @return the sink
     * @throws org.senescope.failure.InputFormatException as {@link #read}
     */
    public static MatrixEntries stream(Hdf5Input in, String group, MatrixOrientation orientation, int genes, int cells,
                                       java.util.function.LongFunction<MatrixEntries> sinkFor) {
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
        MatrixEntries sink = sinkFor.apply(n);
        int row = 0;
        for (long at = 0; at < n; at += Hdf5Input.BLOCK) {
            int count = (int) Math.min(Hdf5Input.BLOCK, n - at);
            long from = at;
            // The values are inflated on a second core while this thread inflates the indices.
            CompletableFuture<Object> values = CompletableFuture.supplyAsync(() -> Hdf5Arrays.block(in, data, from,
                    count));
            Object index = Hdf5Arrays.block(in, indices, at, count);
            Object value = Hdf5Arrays.joined(values);
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
                double v = Hdf5Arrays.element(in, data, value, i);
                if (!Double.isFinite(v)) {
                    throw in.fail(group + "/data holds " + v + " at element " + (at + i) + "; expected finite"
                            + " values");
                }
                sink.add(byCell ? (int) j : row, byCell ? row : (int) j, (float) v);
            }
        }
        return sink;
    }
}
