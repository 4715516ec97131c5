/**
 * 10x Genomics matrix folders: {@code matrix.mtx[.gz]} (MatrixMarket, genes × cells), {@code features.tsv[.gz]}
 * (Cell Ranger 3 and later) or {@code genes.tsv[.gz]} (Cell Ranger 1 and 2) and {@code barcodes.tsv[.gz]}, read line
 * by line into a {@link org.senescope.model.cell.CellMatrix} ({@link TenxFolderReader}).
 */
package org.senescope.read.tenx;
