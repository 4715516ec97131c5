package org.senescope.overlay;

import java.util.List;
import java.util.Objects;

/**
 * Which columns of a table hold the values laid over the network, and what they are.
 *
 * @param format      what the table was recognised as ({@code DESeq2}, {@code limma topTable}, {@code edgeR},
 *                    {@code Seurat FindMarkers}, {@code named columns}, {@code numeric columns})
 * @param values      0-based indexes of the value columns, one per condition
 * @param conditions  the condition names, parallel to {@code values}
 * @param pValue      index of the p-value column, or -1 when there is none
 * @param adjustedP   index of the adjusted p-value column, or -1 when there is none
 * @param valueLabel  what the values are, e.g. {@code log2 fold change}
 */
public record ValueColumns(String format, List<Integer> values, List<String> conditions, int pValue, int adjustedP,
                           String valueLabel) {
    public ValueColumns {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(valueLabel, "valueLabel");
        values = List.copyOf(values);
        conditions = List.copyOf(conditions);
        if (values.isEmpty() || values.size() != conditions.size()) {
            throw new IllegalArgumentException("one condition name per value column, at least one: " + conditions);
        }
    }

    /** The indexes of every column with a role, so that they are not taken for identifiers. */
    boolean hasRole(int column) {
        return values.contains(column) || column == pValue || column == adjustedP;
    }
}
