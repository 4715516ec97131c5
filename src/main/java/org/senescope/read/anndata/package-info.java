/**
 * AnnData {@code .h5ad} files (anndata 0.7 and later): the matrix ({@code X}, {@code raw/X} or a layer; dense, CSR or
 * CSC), its {@code var} names and the {@code obs} annotations, categorical and plain ({@link AnnDataReader}).
 */
package org.senescope.read.anndata;
