package org.senescope.model.cell;

import java.util.List;
import java.util.Objects;

/**
 * One per-cell annotation column, as text: a cell type, a cluster, a sample, a number. A value the file leaves
 * missing (an empty TSV field, AnnData's category code -1) is an empty text.
 *
 * @param name        the column's name
 * @param values      one value per cell, in the cells' order
 * @param categories  for a categorical column, its categories in the file's order (which a figure keeps); empty for
 *                    plain columns
 */
public record CellColumn(String name, List<String> values, List<String> categories) {

    public CellColumn {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        categories = List.copyOf(categories);
    }

    /** Whether the file stored this column as categories with codes. */
    public boolean categorical() {
        return !categories.isEmpty();
    }
}
