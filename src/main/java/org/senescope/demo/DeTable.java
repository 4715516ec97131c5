package org.senescope.demo;

import java.util.List;
import java.util.Objects;

/**
 * A differential-expression table for one condition (a contrast or time point), in file order.
 *
 * @param condition what the table compares, e.g. {@code day 2 vs day 0}
 * @param rows      the genes; a symbol may appear more than once (DESeq2 tables by symbol often repeat one)
 */
public record DeTable(String condition, List<DeRow> rows) {
    public DeTable {
        Objects.requireNonNull(condition, "condition");
        rows = List.copyOf(rows);
    }
}
