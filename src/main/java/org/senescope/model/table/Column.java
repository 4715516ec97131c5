package org.senescope.model.table;

import java.util.Objects;

/**
 * One attribute column: its name (one of {@link Columns}, or a provenance key), its type, and a one-line description
 * for formats that can carry one. Nulls are not accepted.
 */
public record Column(String name, ColumnType type, String description) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("column name is blank");
        }
    }
}
