package org.senescope.overlay;

import org.senescope.failure.InputFormatException;
import org.senescope.overlay.TableMapping.TableShape;
import org.senescope.read.NumberCells;

/**
 * The numeric cells of a table's row (values, p-value, adjusted p-value): checked for text, converted for the rows
 * that reach nodes. A text cell is an {@link InputFormatException} located at its line and column. Stateless.
 */
final class ValueCells {

    private ValueCells() {
    }

    /** Only the few rows that reach nodes need their numbers converted; the others were checked by bestValue. */
    static MappedRow numbers(TableShape shape, int row, long line, String id, String[] cells,
                             IdentifierMatch match) {
        ValueColumns roles = shape.roles();
        double[] values = new double[roles.values().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = number(shape, line, cells, roles.values().get(c));
        }
        double p = roles.pValue() < 0 ? Double.NaN : number(shape, line, cells, roles.pValue());
        double padj = roles.adjustedP() < 0 ? Double.NaN : number(shape, line, cells, roles.adjustedP());
        return new MappedRow(row, line, id, values, p, padj, match, shape.expression().expressed(
                meanExpression(shape, line, cells)));
    }

    /** The mean of the row's finite expression cells, {@code NaN} when it has none (or there is no filter). */
    private static double meanExpression(TableShape shape, long line, String[] cells) {
        double sum = 0;
        int n = 0;
        for (int column : shape.expression().columns()) {
            double value = number(shape, line, cells, column);
            if (!Double.isNaN(value)) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * The best a row's value cells hold: {@code NUMBER} when any is a finite number, else {@code INFINITE} when any
     * is infinite, else {@code MISSING}. Every numeric cell of the row (values, p, adjusted p) is checked for text
     * without converting the values, which is most of the cost of a row; p-values are converted to be checked
     * against [0, 1], since one outside it (a sign error, a statistic in the wrong column) would be drawn as
     * significant.
     */
    static NumberCells.Kind bestValue(TableShape shape, long line, String[] cells) {
        ValueColumns roles = shape.roles();
        NumberCells.Kind best = NumberCells.Kind.MISSING;
        for (int column : roles.values()) {
            NumberCells.Kind kind = kind(shape, line, cells, column);
            best = (kind == NumberCells.Kind.NUMBER || best == NumberCells.Kind.MISSING) ? kind : best;
        }
        for (int column : new int[] {roles.pValue(), roles.adjustedP()}) {
            if (column >= 0 && kind(shape, line, cells, column) == NumberCells.Kind.NUMBER) {
                requireProbability(shape, line, cells, column);
            }
        }
        return best;
    }

    private static void requireProbability(TableShape shape, long line, String[] cells, int column) {
        String cell = cells[column].strip();
        double p = NumberCells.parse(cell, shape.decimalMark());
        if (!(p >= 0 && p <= 1)) {
            throw new InputFormatException(shape.source(), line, column + 1, "column '" + shape.columns().get(column)
                    + "': expected a p-value between 0 and 1, found '" + NumberCells.abbreviate(cell) + "'");
        }
    }

    private static NumberCells.Kind kind(TableShape shape, long line, String[] cells, int column) {
        NumberCells.Kind kind = NumberCells.kind(cells[column], shape.decimalMark());
        if (kind == NumberCells.Kind.TEXT) {
            throw notANumber(shape, line, cells, column);
        }
        return kind;
    }

    private static InputFormatException notANumber(TableShape shape, long line, String[] cells, int column) {
        return new InputFormatException(shape.source(), line, column + 1, "column '" + shape.columns().get(column)
                + "': expected a number, found '" + NumberCells.abbreviate(cells[column]) + "'");
    }

    /** A value cell: a number, or NaN when missing or infinite; text is an error located at the cell. */
    private static double number(TableShape shape, long line, String[] cells, int column) {
        try {
            double value = NumberCells.parse(cells[column], shape.decimalMark());
            return Double.isInfinite(value) ? Double.NaN : value;
        } catch (NumberFormatException e) {
            throw notANumber(shape, line, cells, column);
        }
    }
}
