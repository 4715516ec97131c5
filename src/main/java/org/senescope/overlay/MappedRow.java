package org.senescope.overlay;

import java.util.Objects;

/**
 * An input row whose identifier reached nodes, with its numbers, waiting for the duplicate rule.
 *
 * @param row        0-based row in its table
 * @param line       1-based line in the source
 * @param identifier the identifier as found
 * @param values     one value per condition, {@code NaN} where missing (not copied: package use only)
 * @param pValue     the p-value, {@code NaN} when absent
 * @param adjustedP  the adjusted p-value, {@code NaN} when absent
 * @param match      where the identifier led
 * @param expressed  false when its mean expression is below {@code --min-expression}
 */
record MappedRow(int row, long line, String identifier, double[] values, double pValue, double adjustedP,
                 IdentifierMatch match, boolean expressed) {
    MappedRow {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(match, "match");
    }
}
