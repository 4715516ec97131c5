package org.senescope.read.matrix;

import java.util.List;
import java.util.Objects;

import org.senescope.read.SkippedLine;
import org.senescope.read.TableLayout;
import org.senescope.model.data.ExpressionMatrix;

/**
 * An expression matrix with what reading it found.
 *
 * @param matrix         the values; missing and infinite values are {@code NaN}
 * @param layout         how the file was laid out
 * @param missingValues  cells that were {@code NA}, {@code NaN}, empty or another missing spelling
 * @param infiniteValues cells that were {@code Inf}, {@code -Inf} or overflowed, read as {@code NaN}
 * @param skipped        rows left out under {@link org.senescope.read.BadRowPolicy#SKIP}, with why
 * @param notes          anything else the user should know, one sentence each (e.g. duplicated row identifiers)
 */
public record MatrixReadResult(ExpressionMatrix matrix, TableLayout layout, long missingValues, long infiniteValues,
                               List<SkippedLine> skipped, List<String> notes) {
    public MatrixReadResult {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(layout, "layout");
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** One line for a report, e.g. {@code 10,100 rows x 50 samples, 3 missing values (NaN), 0 infinite}. */
    public String summary() {
        return String.format("%,d rows x %,d samples, %,d missing values and %,d infinite values read as NaN",
                matrix.rowCount(), matrix.sampleCount(), missingValues, infiniteValues);
    }
}
