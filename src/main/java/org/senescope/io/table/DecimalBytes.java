package org.senescope.io.table;

/**
 * Parses plain decimal numbers straight from bytes, giving exactly the double {@link Double#parseDouble} gives. The
 * fast path is Clinger's: when the digits fit in 53 bits and the power of ten is at most 22, both are exact doubles
 * and one IEEE multiplication or division rounds correctly. Anything longer or odder is reported as not handled, and
 * the caller falls back to {@code Double.parseDouble}. Holds where the last parse stopped; not thread-safe (one per
 * parsing thread).
 */
public final class DecimalBytes {

    /** Returned when the bytes are not a plain number the fast path can take; the caller must fall back. */
    public static final double NOT_HANDLED = Double.longBitsToDouble(0x7ff8_dead_beef_0001L);

    private static final double[] POWERS = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private int end;

    /**
     * Reads {@code [+-]digits[.digits][(e|E)[+-]digits]} from {@code b[from]} on, stopping at the first byte that
     * cannot continue it or at {@code limit}; {@link #end()} is then where it stopped. Returns the value, or
     * {@link #NOT_HANDLED} (test with {@link #handled}) when there are no digits, more than 18, or the value is
     * outside the exact fast path.
     */
    public double parse(byte[] b, int from, int limit, byte decimalMark) {
        int i = from;
        boolean negative = false;
        if (i < limit && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        int d;
        while (i < limit && (d = b[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            i++;
        }
        if (i < limit && b[i] == decimalMark) {
            i++;
            int start = i;
            while (i < limit && (d = b[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            digits += i - start;
            scale = start - i;
        }
        if (i < limit && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean negExp = false;
            if (i < limit && (b[i] == '-' || b[i] == '+')) {
                negExp = b[i] == '-';
                i++;
            }
            int exp = 0;
            int expDigits = 0;
            while (i < limit && (d = b[i] - '0') >= 0 && d <= 9) {
                exp = exp * 10 + d;
                expDigits++;
                i++;
            }
            if (expDigits == 0 || expDigits > 4) {
                end = i;
                return NOT_HANDLED;
            }
            scale += negExp ? -exp : exp;
        }
        end = i;
        if (digits == 0 || digits > 18 || mantissa > MAX_EXACT || scale < -22 || scale > 22) {
            return NOT_HANDLED;
        }
        double v = mantissa;
        v = scale < 0 ? v / POWERS[-scale] : v * POWERS[scale];
        return negative ? -v : v;
    }

    /** Where the last {@link #parse} stopped. */
    public int end() {
        return end;
    }

    /** The value of exactly {@code b[from, to)}, or {@link #NOT_HANDLED}. */
    public static double parseWhole(byte[] b, int from, int to, byte decimalMark) {
        DecimalBytes p = new DecimalBytes();
        double v = p.parse(b, from, to, decimalMark);
        return p.end() == to ? v : NOT_HANDLED;
    }

    /** Whether {@link #parse} produced a value (compares bits: the marker is a particular NaN). */
    public static boolean handled(double v) {
        return Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(NOT_HANDLED);
    }
}
