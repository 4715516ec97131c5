package org.senescope.read.hdf5;

/** Which way a compressed sparse matrix in an HDF5 group runs: what its offset array ({@code indptr}) indexes. */
public enum MatrixOrientation {

    /** One run of entries per cell, indices are genes: 10x's CSC (genes × cells), AnnData's CSR (cells × genes). */
    BY_CELL,

    /** One run per gene, indices are cells: AnnData's CSC (cells × genes). Its entries are sorted once read. */
    BY_GENE
}
