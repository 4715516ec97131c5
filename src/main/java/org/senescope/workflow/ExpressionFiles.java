package org.senescope.workflow;

import org.senescope.failure.InputFormatException;
import org.senescope.read.gct.GctReader;
import org.senescope.read.matrix.MatrixReadResult;
import org.senescope.read.matrix.MatrixReader;
import org.senescope.read.InputFile;
import org.senescope.read.table.TableOptions;
import org.senescope.model.data.ExpressionMatrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the expression matrix that the per-sample commands take: GCT by its extension, else any table. */
public final class ExpressionFiles {

    /** GCT files have a version line, a dimensions line and a header before the first row. */
    private static final long GCT_FIRST_DATA_LINE = 4;
    /** Math.log(2) once, not once a value: the same double (Math.log is one function in every JIT tier). */
    private static final double LN_2 = Math.log(2);

    private ExpressionFiles() {
    }

    /**
     * A matrix as read, with where its rows start in the file.
     *
     * @param source        the file as the user named it
     * @param matrix        the values as the file holds them
     * @param firstDataLine the 1-based line of the first row; later rows are taken as consecutive (true of GCT and of
     *                      tables without comment or blank lines between rows)
     */
    public record ReadMatrix(String source, ExpressionMatrix matrix, long firstDataLine) {
    }

    /**
     * Reads the matrix, taking log2 of every value when asked (for linear-scale intensities such as the P53 GCT).
     *
     * @throws InputFormatException when the file is malformed, or a value is not positive under {@code log2}
     */
    public static ExpressionMatrix read(Path expression, boolean log2) throws IOException {
        ReadMatrix m = readAsIs(expression);
        return log2 ? log2(m) : m.matrix();
    }

    /** Reads the matrix without changing a value. */
    public static ReadMatrix readAsIs(Path expression) throws IOException {
        String name = expression.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gct") || name.endsWith(".gct.gz")) {
            return new ReadMatrix(InputFile.displayName(expression), new GctReader().read(expression).matrix(),
                    GCT_FIRST_DATA_LINE);
        }
        MatrixReadResult r = new MatrixReader().read(expression);
        return new ReadMatrix(InputFile.displayName(expression), r.matrix(), r.layout().header() ? 2 : 1);
    }

    /**
     * The matrix with log2 of every value; missing values stay missing.
     *
     * @throws InputFormatException naming the row and sample of the first value that is zero or negative
     */
    public static ExpressionMatrix log2(ReadMatrix read) throws InputFormatException {
        ExpressionMatrix m = read.matrix();
        double[] values = new double[m.rowCount() * m.sampleCount()];
        for (int r = 0; r < m.rowCount(); r++) {
            for (int s = 0; s < m.sampleCount(); s++) {
                double v = m.value(r, s);
                if (v <= 0) {
                    throw new InputFormatException(read.source(), read.firstDataLine() + r, 0, "row "
                            + m.rowIds().get(r) + ", sample " + m.sampleNames().get(s) + " has value " + v
                            + "; --log2 needs positive values");
                }
                values[r * m.sampleCount() + s] = Math.log(v) / LN_2;
            }
        }
        return ExpressionMatrix.adopting(m.rowIds(), m.rowDescriptions(), m.sampleNames(), values);
    }
}
