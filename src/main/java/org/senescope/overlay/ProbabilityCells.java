package org.senescope.overlay;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;

/**
 * The check of a p-value cell: a p-value or adjusted p-value outside [0, 1] (a negative one from a sign error, a
 * statistic in the wrong column) would be drawn as significant, so it is refused at its cell.
 */
final class ProbabilityCells {

    private ProbabilityCells() {
    }

    /**
     * Throws unless the cell, already known to hold a finite number, lies in [0, 1].
     *
     * @throws InputFormatException naming the line, the column and the value found
     */
    static void requireProbability(InputTable table, int row, int column) throws InputFormatException {
        String cell = table.cell(row, column);
        double p = NumberCells.parse(cell.strip(), table.decimalMark());
        if (!(p >= 0 && p <= 1)) {
            throw new InputFormatException(table.source(), table.line(row), column + 1, "column '"
                    + table.columns().get(column) + "': expected a p-value between 0 and 1, found '"
                    + NumberCells.abbreviate(cell.strip()) + "'");
        }
    }
}
