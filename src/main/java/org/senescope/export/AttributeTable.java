package org.senescope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.senescope.model.Network;

/**
 * The attribute columns of a network's nodes, edges or the network itself, computed once from the model so that
 * every format writes the same columns with the same values. Rows follow the network's order: nodes and edges as
 * listed, the network as a single row. Immutable; nulls are not accepted.
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

    /** The node columns: label, id, kind, gene identifiers, aliases, modules, description. */
    public static AttributeTable ofNodes(Network network) {
        return NodeAttributes.table(network);
    }

    /** The edge columns: id, relation, sign, flags, and the evidence of the edge's claims. */
    public static AttributeTable ofEdges(Network network) {
        return EdgeAttributes.table(network);
    }

    /**
     * The network columns: name, description, every provenance entry under its key made a plain column name (spaces
     * and punctuation become '_', and {@value Columns#PROVENANCE_PREFIX} goes before a key that clashes with another
     * network column), and the seed sources as parallel lists.
     */
    public static AttributeTable ofNetwork(Network network) {
        return NetworkAttributes.table(network);
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

    /** Builds a table from column definitions applied to each element, so that columns and values cannot drift. */
    static <T> AttributeTable from(List<T> elements, Function<T, String> idOf, List<Definition<T>> definitions) {
        List<Column> columns = definitions.stream().map(Definition::column).toList();
        List<Row> rows = elements.stream()
                .map(e -> new Row(idOf.apply(e), definitions.stream().map(d -> d.valueOf().apply(e)).toList()))
                .toList();
        return new AttributeTable(columns, rows);
    }

    /** A column together with how to compute its value for one element. */
    record Definition<T>(Column column, Function<T, AttributeValue> valueOf) {
        static <T> Definition<T> of(String name, ColumnType type, String description, Function<T, AttributeValue> f) {
            return new Definition<>(new Column(name, type, description), f);
        }
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
