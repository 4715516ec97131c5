package org.senescope.model.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A genes × samples matrix of numbers, as read from a TSV/CSV matrix or a GCT file. Rows keep the identifiers of the
 * input (symbols, Ensembl, Entrez... not yet mapped) and an optional description. Missing values are {@code NaN}.
 * Immutable and thread-safe; the values are copied in and never handed out.
 */
public final class ExpressionMatrix {

    private final List<String> rowIds;
    private final List<String> rowDescriptions;
    private final List<String> sampleNames;
    private final double[] values;

    /**
     * @param rowIds          one identifier per row, as in the input; duplicates are kept
     * @param rowDescriptions one description per row (empty strings where the input has none)
     * @param sampleNames     one name per column, as in the input
     * @param values          row-major values, {@code rowIds.size() * sampleNames.size()} of them
     */
    public ExpressionMatrix(List<String> rowIds, List<String> rowDescriptions, List<String> sampleNames,
                            double[] values) {
        this(values.clone(), rowIds, rowDescriptions, sampleNames, true);
    }

    /**
     * Takes {@code values} as it is; the public ways in decide whether it is a copy and whether it may be longer
     * than the matrix (its tail is then never read).
     */
    private ExpressionMatrix(double[] values, List<String> rowIds, List<String> rowDescriptions,
                             List<String> sampleNames, boolean exact) {
        this.rowIds = List.copyOf(rowIds);
        this.rowDescriptions = List.copyOf(rowDescriptions);
        this.sampleNames = List.copyOf(sampleNames);
        Objects.requireNonNull(values, "values");
        if (rowDescriptions.size() != rowIds.size()) {
            throw new IllegalArgumentException("one description per row is needed");
        }
        long needed = (long) rowIds.size() * sampleNames.size();
        if (exact ? needed != values.length : needed > values.length) {
            throw new IllegalArgumentException("expected " + (exact ? "" : "at least ") + rowIds.size() + " x "
                    + sampleNames.size() + " values, found " + values.length);
        }
        this.values = values;
    }

    /**
     * A matrix that takes the {@code values} array itself instead of a copy, for readers of large files: a 20,000 x
     * 1,000 matrix is 160 MB, and a copy would double the memory a read needs. The caller must not touch the array
     * afterwards.
     */
    public static ExpressionMatrix adopting(List<String> rowIds, List<String> rowDescriptions, List<String> sampleNames,
                                            double[] values) {
        return new ExpressionMatrix(Objects.requireNonNull(values, "values"), rowIds, rowDescriptions, sampleNames,
                true);
    }

    /**
     * As {@link #adopting}, for a reader that sized the array from an estimate of the row count: the matrix is the
     * first {@code rowIds.size() * sampleNames.size()} values and the rest of the array is never read. This spares the
     * trimming copy, which would need the memory twice; the reader keeps the unused tail small.
     *
     * @throws IllegalArgumentException when the array is shorter than the matrix
     */
    public static ExpressionMatrix adoptingPrefix(List<String> rowIds, List<String> rowDescriptions,
                                                  List<String> sampleNames, double[] values) {
        return new ExpressionMatrix(Objects.requireNonNull(values, "values"), rowIds, rowDescriptions, sampleNames,
                false);
    }

    public int rowCount() {
        return rowIds.size();
    }

    public int sampleCount() {
        return sampleNames.size();
    }

    public List<String> rowIds() {
        return rowIds;
    }

    public List<String> rowDescriptions() {
        return rowDescriptions;
    }

    public List<String> sampleNames() {
        return sampleNames;
    }

    /** The value at a row and sample; {@code NaN} when missing. */
    public double value(int row, int sample) {
        return values[row * sampleNames.size() + sample];
    }

    /** A copy of one row's values. */
    public double[] row(int row) {
        int n = sampleNames.size();
        return Arrays.copyOfRange(values, row * n, row * n + n);
    }

    /** A copy of one sample's values, one per row. */
    public double[] column(int sample) {
        double[] c = new double[rowIds.size()];
        int n = sampleNames.size();
        for (int r = 0; r < c.length; r++) {
            c[r] = values[r * n + sample];
        }
        return c;
    }
}
