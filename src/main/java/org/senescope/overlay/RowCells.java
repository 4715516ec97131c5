package org.senescope.overlay;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;

/** The numeric cells of an input row: checked for text, converted only where needed. Stateless. */
final class RowCells {

    private RowCells() {
    }

    /**
     * Whether any value cell of a row holds a finite number, checking every numeric cell of the row (values, p,
     * adjusted p) for text without converting it, which is most of the cost of a row.
     */
    static boolean hasValue(InputTable table, int row, ValueColumns roles) throws InputFormatException {
        boolean any = false;
        for (int column : roles.values()) {
            any |= kind(table, row, column) == NumberCells.Kind.NUMBER;
        }
        if (roles.pValue() >= 0) {
            kind(table, row, roles.pValue());
        }
        if (roles.adjustedP() >= 0) {
            kind(table, row, roles.adjustedP());
        }
        return any;
    }

    private static NumberCells.Kind kind(InputTable table, int row, int column) throws InputFormatException {
        String cell = table.cell(row, column);
        NumberCells.Kind kind = NumberCells.kind(cell, table.decimalMark());
        if (kind == NumberCells.Kind.TEXT) {
            throw notANumber(table, row, column);
        }
        return kind;
    }

    private static InputFormatException notANumber(InputTable table, int row, int column) {
        return new InputFormatException(table.source(), table.line(row), column + 1, "column '"
                + table.columns().get(column) + "': expected a number, found '"
                + NumberCells.abbreviate(table.cell(row, column)) + "'");
    }

    /** A value cell: a number, or NaN when missing or infinite; text is an error located at the cell. */
    static double number(InputTable table, int row, int column) throws InputFormatException {
        String cell = table.cell(row, column);
        try {
            double value = NumberCells.parse(cell, table.decimalMark());
            return Double.isInfinite(value) ? Double.NaN : value;
        } catch (NumberFormatException e) {
            throw notANumber(table, row, column);
        }
    }
}
