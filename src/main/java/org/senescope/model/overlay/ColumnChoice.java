package org.senescope.model.overlay;

import java.util.Objects;

/** A column of a user's table: one to detect ({@link Detect}) or one the user named ({@link Named}). Immutable. */
public sealed interface ColumnChoice permits ColumnChoice.Detect, ColumnChoice.Named {

    /** Detect the column. */
    ColumnChoice DETECT = new Detect();

    /** The column is to be detected. */
    record Detect() implements ColumnChoice {
    }

    /**
     * The column the user named.
     *
     * @param name the column's header, not blank
     */
    record Named(String name) implements ColumnChoice {
        public Named {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a named column has a name");
            }
        }
    }

    /** {@link #DETECT} for a blank name, else the column so named (stripped). */
    static ColumnChoice of(String name) {
        return name.isBlank() ? DETECT : new Named(name.strip());
    }
}
