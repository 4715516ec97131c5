package org.senescope.model.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The attribute columns of a network's nodes, edges or the network itself, computed once from the model (by
 * {@code export.AttributeTables}) so that every format, and the Cytoscape adapter, writes the same columns with the
 * same values. Rows follow the network's order: nodes and edges as listed, the network as a single row. Immutable;
 * nulls are not accepted.
 *
 * @param columns the columns, in the order formats write them
 * @param rows    one row per element, each with one value per column, of the column's type
 */
public record AttributeTable(List<Column> columns, List<Row> rows) {

    public AttributeTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.stream().map(Column::name).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("duplicate column names in " + columns);
        }
        for (Row row : rows) {
            checkRow(columns, row);
        }
    }

    /**
     * One element's values.
     *
     * @param elementId the node id, the edge id, or the network name
     * @param values    one value per column, in column order
     */
    public record Row(String elementId, List<AttributeValue> values) {
        public Row {
            Objects.requireNonNull(elementId, "elementId");
            values = List.copyOf(values);
        }
    }

    /**
     * This table with {@code added} columns after its own, each row's new values given by {@code valuesOf} its
     * element id (one value per added column).
     */
    public AttributeTable withColumns(List<Column> added, Function<String, List<AttributeValue>> valuesOf) {
        List<Column> all = new ArrayList<>(columns);
        all.addAll(added);
        List<Row> extended = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<AttributeValue> values = new ArrayList<>(row.values());
            values.addAll(valuesOf.apply(row.elementId()));
            extended.add(new Row(row.elementId(), values));
        }
        return new AttributeTable(all, extended);
    }

    /** This table with only the columns {@code base} does not have (by name), every row kept. */
    public AttributeTable columnsNotIn(AttributeTable base) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (base.column(columns.get(i).name()).isEmpty()) {
                keep.add(i);
            }
        }
        List<Row> kept = rows.stream()
                .map(r -> new Row(r.elementId(), keep.stream().map(r.values()::get).toList()))
                .toList();
        return new AttributeTable(keep.stream().map(columns::get).toList(), kept);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The value of {@code row} in the named column.
     *
     * @throws IllegalArgumentException when there is no such column
     */
    public AttributeValue value(Row row, String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return row.values().get(i);
            }
        }
        throw new IllegalArgumentException("no column " + columnName);
    }

    private static void checkRow(List<Column> columns, Row row) {
        if (row.values().size() != columns.size()) {
            throw new IllegalArgumentException("row " + row.elementId() + " has " + row.values().size()
                    + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < columns.size(); i++) {
            if (row.values().get(i).type() != columns.get(i).type()) {
                throw new IllegalArgumentException("row " + row.elementId() + ": column " + columns.get(i).name()
                        + " is " + columns.get(i).type() + " but the value is " + row.values().get(i).type());
            }
        }
    }
}
