package org.senescope.read.cells;

import java.util.List;

import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

/** Takes a genes × cells matrix's non-zero entries one at a time and then builds the {@link CellMatrix}. */
public interface MatrixEntries {

    /** Takes the entry of gene {@code g} in cell {@code c}, in range and finite (a zero is dropped). */
    void add(int g, int c, float v);

    /**
     * The matrix of the entries taken, with these rows and columns.
     *
     * @throws org.senescope.failure.InputFormatException when a gene and cell came more than once
     */
    CellMatrix build(List<Feature> features, List<String> barcodes);
}
