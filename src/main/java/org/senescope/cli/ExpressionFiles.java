package org.senescope.cli;

import org.senescope.io.InputFormatException;
import org.senescope.io.gct.GctReader;
import org.senescope.io.matrix.MatrixReader;
import org.senescope.io.table.TableOptions;
import org.senescope.model.data.ExpressionMatrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the expression matrix that the per-sample commands take: GCT by its extension, else any table. */
final class ExpressionFiles {

    private ExpressionFiles() {
    }

    /**
     * Reads the matrix, taking log2 of every value when asked (for linear-scale intensities such as the P53 GCT).
     *
     * @throws InputFormatException when the file is malformed, or a value is not positive under {@code log2}
     */
    static ExpressionMatrix read(Path expression, boolean log2) throws IOException {
        ExpressionMatrix m = expression.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gct")
                ? new GctReader().read(expression) : new MatrixReader().read(expression, TableOptions.defaults());
        if (!log2) {
            return m;
        }
        double[] values = new double[m.rowCount() * m.sampleCount()];
        for (int r = 0; r < m.rowCount(); r++) {
            for (int s = 0; s < m.sampleCount(); s++) {
                double v = m.value(r, s);
                if (v <= 0) {
                    throw new InputFormatException(expression.toString(), 0, 0, "row " + m.rowIds().get(r)
                            + ", sample " + m.sampleNames().get(s) + " has value " + v
                            + "; --log2 needs positive values");
                }
                values[r * m.sampleCount() + s] = Math.log(v) / Math.log(2);
            }
        }
        return ExpressionMatrix.adopting(m.rowIds(), m.rowDescriptions(), m.sampleNames(), values);
    }
}
