package org.senescope.export;

import java.util.List;
import java.util.function.Function;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;

/**
 * A column together with how to compute its value for one element, so that a table's columns and values cannot
 * drift apart. Immutable.
 *
 * @param column  the column
 * @param valueOf its value for one element, of the column's type
 * @param <T>     the element: a node, an edge, the network
 */
record ColumnDefinition<T>(Column column, Function<T, AttributeValue> valueOf) {

    static <T> ColumnDefinition<T> of(String name, ColumnType type, String description, Function<T, AttributeValue> f) {
        return new ColumnDefinition<>(new Column(name, type, description), f);
    }

    /** The table of {@code elements}, one row each under its id, one column per definition. */
    static <T> AttributeTable table(List<T> elements, Function<T, String> idOf, List<ColumnDefinition<T>> definitions) {
        List<Column> columns = definitions.stream().map(ColumnDefinition::column).toList();
        List<AttributeTable.Row> rows = elements.stream()
                .map(e -> new AttributeTable.Row(idOf.apply(e), definitions.stream().map(d -> d.valueOf().apply(e))
                        .toList()))
                .toList();
        return new AttributeTable(columns, rows);
    }
}
