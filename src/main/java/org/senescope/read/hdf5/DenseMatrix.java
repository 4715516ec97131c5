package org.senescope.read.hdf5;

import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfException;

import org.senescope.read.cells.CellMatrixBuilder;

/**
 * Reads a dense cells × genes HDF5 dataset (AnnData's dense {@code X}) a block of cells at a time into a
 * {@link CellMatrixBuilder}, keeping only its non-zeros. Stateless.
 */
public final class DenseMatrix {

    private DenseMatrix() {
    }

    /** The non-zeros of two-dimensional {@code d}, which must be {@code cells × genes}. */
    public static CellMatrixBuilder read(Hdf5Input in, Dataset d, int genes, int cells, long heapBytes) {
        in.checkFilters(d);
        long[] dims = d.getDimensionsAsLong();
        if (dims.length != 2 || dims[0] != cells || dims[1] != genes) {
            throw in.fail(d.getPath() + " has shape " + java.util.Arrays.toString(dims) + "; expected [" + cells
                    + ", " + genes + "] (cells x genes)");
        }
        CellMatrixBuilder builder = CellMatrixBuilder.expecting(in.source(), 0, genes, cells,
                Math.min(1 << 16, (long) genes * cells), heapBytes);
        int rows = Math.max(1, Hdf5Input.BLOCK / Math.max(1, genes));
        for (int r = 0; r < cells; r += rows) {
            int count = Math.min(rows, cells - r);
            Object block;
            try {
                block = d.getData(new long[] {r, 0}, new int[] {count, genes});
            } catch (HdfException e) {
                throw in.broken(d.getPath(), e);
            }
            Object[] cellRows = (Object[]) block;
            for (int i = 0; i < count; i++) {
                for (int g = 0; g < genes; g++) {
                    double v = Hdf5Arrays.element(in, d, cellRows[i], g);
                    if (!Double.isFinite(v)) {
                        throw in.fail(d.getPath() + " holds " + v + " at [" + (r + i) + ", " + g + "]; expected"
                                + " finite values");
                    }
                    builder.add(g, r + i, (float) v);
                }
            }
        }
        return builder;
    }
}
