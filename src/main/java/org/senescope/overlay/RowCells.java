package org.senescope.overlay;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;

/** The numeric cells of an input row: checked for text, converted only where needed. Stateless. */
final class RowCells {

    private RowCells() {
    }

    /**
     * The best a row's value cells hold: {@code NUMBER} when any is a finite number, else {@code INFINITE} when any
     * is infinite, else {@code MISSING}. Every numeric cell of the row (values, p, adjusted p) is checked for text
     * without converting the values, which is most of the cost of a row; p-values are converted to be checked
     * against [0, 1].
     */
    static NumberCells.Kind bestValue(InputTable table, int row, ValueColumns roles) throws InputFormatException {
        NumberCells.Kind best = NumberCells.Kind.MISSING;
        for (int column : roles.values()) {
            NumberCells.Kind kind = kind(table, row, column);
            best = (kind == NumberCells.Kind.NUMBER || best == NumberCells.Kind.MISSING) ? kind : best;
        }
        for (int column : new int[] {roles.pValue(), roles.adjustedP()}) {
            if (column >= 0 && kind(table, row, column) == NumberCells.Kind.NUMBER) {
                ProbabilityCells.requireProbability(table, row, column);
            }
        }
        return best;
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
