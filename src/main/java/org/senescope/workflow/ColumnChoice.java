package org.senescope.workflow;

import java.util.Objects;

import org.senescope.failure.BadRequestException;

/**
 * Which column of a user's table to take: the reader's default (the first column for gene names, the column
 * recognised by its name in a sample sheet), or one named by the user.
 */
public sealed interface ColumnChoice {

    /** The reader's default column. */
    record ByDefault() implements ColumnChoice {
    }

    /**
     * The column of this name.
     *
     * @param name the column's header, not blank
     */
    record Named(String name) implements ColumnChoice {
        public Named {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new BadRequestException("a column name is blank; name a column or leave the choice to the "
                        + "reader");
            }
            name = name.strip();
        }
    }

    /** The reader's default column. */
    static ColumnChoice byDefault() {
        return new ByDefault();
    }

    /** The column {@code name}, or the default one when {@code name} is blank (as the options and Tunables give it). */
    static ColumnChoice namedOrDefault(String name) {
        return name.isBlank() ? byDefault() : new Named(name);
    }
}
