package org.senescope.read.anndata;

import java.util.Objects;

import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellMatrix;

/**
 * What an AnnData file gave: one of its matrices as genes × cells, and its cell annotations ({@code obs}), whose
 * barcodes are the matrix's.
 */
public record AnnData(CellMatrix matrix, CellAnnotations obs) {

    public AnnData {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(obs, "obs");
    }
}
