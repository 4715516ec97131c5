package org.senescope.overlay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.senescope.failure.InputFormatException;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.read.TextTable;

/**
 * Where a table says how strongly each gene is expressed, for {@code --min-expression}: the mean-expression column
 * of a differential-expression result ({@code baseMean} of DESeq2, {@code AveExpr} of limma, {@code logCPM} of edgeR,
 * each in its own unit), or the mean of an expression matrix's sample columns. Seurat's {@code FindMarkers}, ranked
 * lists and single numeric columns have none. Immutable.
 *
 * @param columns     0-based columns whose mean per row is the gene's expression; empty without a filter
 * @param minimum     the smallest mean that counts as expressed ({@code NaN} without a filter, never compared)
 * @param description the column and its unit, in words, for the report
 */
record ExpressionColumns(List<Integer> columns, double minimum, String description) {

    /** No filter: every row is expressed. */
    static final ExpressionColumns NONE = new ExpressionColumns(List.of(), Double.NaN, "");

    /** A result format's mean-expression column and its unit. */
    private record Known(String column, String unit) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("baseMean", "DESeq2 mean of normalised counts, linear scale"),
            new Known("AveExpr", "limma average expression, log2 scale"),
            new Known("logCPM", "edgeR average log2 counts per million"));

    ExpressionColumns {
        columns = List.copyOf(columns);
        Objects.requireNonNull(description, "description");
    }

    /**
     * The expression columns of {@code table} for {@code filter}: {@link #NONE} without a filter.
     *
     * @throws InputFormatException when a filter is asked for and the table has no mean-expression column
     */
    static ExpressionColumns of(InputTable table, ValueColumns roles, ExpressionFilter filter) {
        if (!(filter instanceof ExpressionFilter.AtLeast atLeast)) {
            return NONE;
        }
        for (Known known : KNOWN) {
            int column = table.columnIndex(known.column());
            if (column >= 0) {
                return new ExpressionColumns(List.of(column), atLeast.minimum(), known.column() + " ("
                        + known.unit() + ")");
            }
        }
        if (roles.format().equals(ValueColumnDetector.SAMPLE_COLUMNS)) {
            return new ExpressionColumns(roles.values(), atLeast.minimum(), String.format(Locale.ROOT,
                    "row mean of the %d sample columns (the matrix's own scale)", roles.values().size()));
        }
        throw new InputFormatException(table.source(), table.headerLine(), 0, "--min-expression needs a "
                + "mean-expression column: expected baseMean (DESeq2), AveExpr (limma), logCPM (edgeR) or the "
                + "sample columns of an expression matrix; found " + roles.format() + " with columns "
                + TextTable.quotedNames(table.columns()));
    }

    /** The minimum as a user writes it: {@code 10}, {@code 0.5}, never {@code 10.0} or {@code 1E1}. */
    String threshold() {
        return BigDecimal.valueOf(minimum).stripTrailingZeros().toPlainString();
    }

    /** Whether a row whose expression columns give {@code mean} is expressed; a row without a mean is. */
    boolean expressed(double mean) {
        return columns.isEmpty() || Double.isNaN(mean) || mean >= minimum;
    }
}
