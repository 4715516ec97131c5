package org.senescope.model.cell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-cell annotations: the cells' barcodes and columns of one value per cell (from a cell-metadata TSV or AnnData's
 * {@code obs}).
 *
 * @param barcodes the cells, unique, in the file's order
 * @param columns  the annotation columns, each with one value per barcode, names unique
 */
public record CellAnnotations(List<String> barcodes, List<CellColumn> columns) {

    public CellAnnotations {
        barcodes = List.copyOf(barcodes);
        columns = List.copyOf(columns);
        for (CellColumn c : columns) {
            if (c.values().size() != barcodes.size()) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.values().size()
                        + " values for " + barcodes.size() + " cells");
            }
        }
    }

    /** The column called {@code name}, if there is one. */
    public Optional<CellColumn> column(String name) {
        Objects.requireNonNull(name, "name");
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
