package org.senescope.model.cell;

/**
 * What the values of a single-cell matrix are, judged from the values themselves, since files do not say: scoring
 * and pseudobulk need counts or log-normalised values and must not mistake one for the other.
 */
public enum ValueKind {

    /** Every value is a non-negative whole number: raw counts (UMIs or reads). */
    COUNTS("counts (every value a non-negative whole number)"),

    /**
     * Non-negative, some values fractional, none above {@link #LOG_NORMALISED_MAX}: as {@code log1p} of counts
     * scaled to 10,000 per cell (Seurat's {@code NormalizeData}, scanpy's {@code normalize_total} + {@code log1p})
     * gives.
     */
    LOG_NORMALISED("log-normalised values (non-negative, fractional, at most " + (int) ValueKind.LOG_NORMALISED_MAX
            + ")"),

    /** Anything else: negative values (scaled data), or fractional values with some above {@link #LOG_NORMALISED_MAX}. */
    OTHER("neither counts nor log-normalised values (negative values, or fractional ones with some above "
            + (int) ValueKind.LOG_NORMALISED_MAX + ")");

    /**
     * The largest log-normalised value accepted: {@code log1p(1e4)} is 9.2, the value of a cell whose counts all fall
     * on one gene, and scale factors up to 1e6 (CPM) stay below 14.
     */
    public static final double LOG_NORMALISED_MAX = 20;

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    /** A phrase for reports, e.g. "counts (every value a non-negative whole number)". */
    public String description() {
        return description;
    }

    /** The kind of the stored (non-zero) values {@code values[0..length)}; an empty matrix counts as counts. */
    public static ValueKind of(float[] values, int length) {
        boolean whole = true;
        float max = 0;
        for (int i = 0; i < length; i++) {
            float v = values[i];
            if (!(v >= 0) || v == Float.POSITIVE_INFINITY) {
                return OTHER;
            }
            whole &= v == Math.rint(v);
            max = Math.max(max, v);
        }
        return whole ? COUNTS : max <= LOG_NORMALISED_MAX ? LOG_NORMALISED : OTHER;
    }
}
