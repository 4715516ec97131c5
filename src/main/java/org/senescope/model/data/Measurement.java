package org.senescope.model.data;

/**
 * One value of one node in one condition, with its significance.
 *
 * @param value     the measured value (log2 fold change, expression, score...), {@code NaN} when not measured
 * @param adjustedP the adjusted p-value (FDR, padj), {@code NaN} when the input has none
 * @param expressed false when the gene's mean expression is below {@code --min-expression}: its value is then no
 *                  evidence of a change and is drawn "not expressed"; true without a filter and when not measured
 */
public record Measurement(double value, double adjustedP, boolean expressed) {

    /** A node that was not measured in a condition. */
    public static final Measurement MISSING = new Measurement(Double.NaN, Double.NaN);

    /** A measurement of an expressed gene (or one without an expression filter). */
    public Measurement(double value, double adjustedP) {
        this(value, adjustedP, true);
    }

    public boolean isMeasured() {
        return !Double.isNaN(value);
    }

    public boolean hasSignificance() {
        return !Double.isNaN(adjustedP);
    }

    /** Whether the gene was measured and is below {@code --min-expression}: drawn "not expressed", not by value. */
    public boolean notExpressed() {
        return isMeasured() && !expressed;
    }
}
