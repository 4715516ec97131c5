package org.senescope.model.data;

/**
 * One value of one node in one condition, with its significance.
 *
 * @param value     the measured value (log2 fold change, expression, score...), {@code NaN} when not measured
 * @param adjustedP the adjusted p-value (FDR, padj), {@code NaN} when the input has none
 */
public record Measurement(double value, double adjustedP) {

    /** A node that was not measured in a condition. */
    public static final Measurement MISSING = new Measurement(Double.NaN, Double.NaN);

    public boolean isMeasured() {
        return !Double.isNaN(value);
    }

    public boolean hasSignificance() {
        return !Double.isNaN(adjustedP);
    }
}
