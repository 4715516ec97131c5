package org.senescope.read.anndata;

import java.util.Objects;

/**
 * Which matrix of an AnnData file to read.
 *
 * @param path the HDF5 path of the matrix: {@code X}, {@code raw/X} or {@code layers/NAME}
 */
public record AnnDataMatrix(String path) {

    /** The main matrix. */
    public static final AnnDataMatrix X = new AnnDataMatrix("X");

    /** The raw matrix, whose genes are {@code raw/var}'s (often counts, or all genes before selection). */
    public static final AnnDataMatrix RAW = new AnnDataMatrix("raw/X");

    public AnnDataMatrix {
        Objects.requireNonNull(path, "path");
    }

    /** The layer called {@code name}. */
    public static AnnDataMatrix layer(String name) {
        return new AnnDataMatrix("layers/" + name);
    }

    /** The group of the matrix's gene annotations. */
    String var() {
        return path.startsWith("raw/") ? "raw/var" : "var";
    }
}
