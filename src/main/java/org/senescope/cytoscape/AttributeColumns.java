package org.senescope.cytoscape;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.jspecify.annotations.Nullable;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;

/**
 * Writes an {@link AttributeTable} into a {@link CyTable}: one Cytoscape column per column, named by
 * {@link SenescopeColumns}, one value per row. A column that already exists with the right type is reused and one of
 * the wrong type is replaced, so that writing again never duplicates a column. Not thread-safe: call it from the
 * task that owns the table.
 */
final class AttributeColumns {

    private AttributeColumns() {
    }

    /**
     * Writes every column of {@code source} into {@code table}, for the rows given by element id; elements without a
     * row are not written.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true between rows; the values
     *         written so far stay, so call this only on a table that is discarded on cancellation
     */
    static void write(AttributeTable source, CyTable table, Map<String, CyRow> rowsById, BooleanSupplier cancelled) {
        for (Column column : source.columns()) {
            ensureColumn(table, column);
        }
        for (AttributeTable.Row row : source.rows()) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("cancelled while writing " + row.elementId());
            }
            CyRow target = rowsById.get(row.elementId());
            if (target == null) {
                continue;
            }
            List<Column> columns = source.columns();
            for (int i = 0; i < columns.size(); i++) {
                target.set(SenescopeColumns.of(columns.get(i).name()), cytoscapeValue(row.values().get(i)));
            }
        }
    }

    /** Creates the column for {@code column} unless one of the same type is there, replacing one of another type. */
    static void ensureColumn(CyTable table, Column column) {
        String name = SenescopeColumns.of(column.name());
        CyColumn existing = table.getColumn(name);
        if (existing != null && hasType(existing, column.type())) {
            return;
        }
        if (existing != null) {
            if (SenescopeColumns.isCytoscapeOwn(column.name())) {
                throw new IllegalStateException("Cytoscape's column '" + name + "' is " + existing.getType().getSimpleName()
                        + ", not " + column.type());
            }
            table.deleteColumn(name);
        }
        if (column.type() == ColumnType.STRING_LIST || column.type() == ColumnType.DOUBLE_LIST) {
            table.createListColumn(name, elementClass(column.type()), false);
        } else {
            table.createColumn(name, elementClass(column.type()), false);
        }
    }

    /** The Java class of a column's values, or of its list items for a list column. */
    static Class<?> elementClass(ColumnType type) {
        return switch (type) {
            case STRING, STRING_LIST -> String.class;
            case INTEGER -> Integer.class;
            case BOOLEAN -> Boolean.class;
            case DOUBLE, DOUBLE_LIST -> Double.class;
        };
    }

    private static boolean hasType(CyColumn column, ColumnType type) {
        if (type == ColumnType.STRING_LIST || type == ColumnType.DOUBLE_LIST) {
            return column.getType() == List.class && column.getListElementType() == elementClass(type);
        }
        return column.getType() == elementClass(type);
    }

    private static @Nullable Object cytoscapeValue(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return text.text();
        } else if (value instanceof AttributeValue.WholeNumber number) {
            return number.number();
        } else if (value instanceof AttributeValue.Flag flag) {
            return flag.set();
        } else if (value instanceof AttributeValue.TextList list) {
            return new java.util.ArrayList<>(list.items());
        } else if (value instanceof AttributeValue.DecimalList list) {
            return new java.util.ArrayList<>(list.items());
        } else if (value instanceof AttributeValue.Decimal decimal) {
            // Cytoscape's way to leave a cell empty, so that a missing value also clears the one written before.
            return decimal.isMissing() ? null : decimal.number();
        }
        throw new IllegalArgumentException("unknown attribute value " + value);
    }
}
