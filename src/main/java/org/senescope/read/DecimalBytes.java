package org.senescope.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses plain decimal numbers straight from bytes, giving exactly the double {@link Double#parseDouble} gives. The
 * fast path is Clinger's: when the digits fit in 53 bits and the power of ten is at most 22, both are exact doubles
 * and one IEEE multiplication or division rounds correctly. Anything longer or odder is reported as not handled, and
 * the caller falls back to {@code Double.parseDouble}. Numbers of at most seven digits followed by a terminator
 * within eight bytes (the common {@code 7.123}) are read eight bytes at a time: one load, a handful of multiplications
 * and no branch per digit, which is what makes a large matrix parse at several hundred MB/s. Holds where the last parse
 * stopped; not thread-safe (one per parsing thread).
 */
public final class DecimalBytes {

    /** Returned when the bytes are not a plain number the fast path can take; the caller must fall back. */
    public static final double NOT_HANDLED = Double.longBitsToDouble(0x7ff8_dead_beef_0001L);

    private static final double[] POWERS = new double[23];
    private static final long MAX_EXACT = 1L << 53;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030_3030_3030_3030L;
    private static final long LOW7 = 0x7f7f_7f7f_7f7f_7f7fL;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    /** Added to a byte below 0x80, sets its high bit exactly when the byte is 10 or more. */
    private static final long TEN_OR_MORE = 0x7676_7676_7676_7676L;

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
        if (i + 8 <= limit) {
            double v = eightBytes((long) LONGS.get(b, i), i, decimalMark);
            if (handled(v)) {
                return negative ? -v : v;
            }
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

    /**
     * The number filling the field at {@code b[from]}: as {@link #parse}, but {@link #NOT_HANDLED} unless the number
     * ends at {@code limit}, at {@code delimiter} or at a line end ({@code \n}, {@code \r}). For readers of delimited
     * numbers, which then need no check of their own after a number.
     */
    public double parseField(byte[] b, int from, int limit, byte decimalMark, byte delimiter) {
        int i = from;
        boolean negative = i < limit && b[i] == '-';
        if (negative) {
            i++;
        }
        if (i + 8 <= limit) {
            long word = (long) LONGS.get(b, i);
            double v = eightBytes(word, i, decimalMark);
            if (handled(v)) {
                // The terminator is in the word already loaded.
                byte t = (byte) (word >>> ((end - i) << 3));
                if (t == delimiter || t == '\n' || t == '\r') {
                    return negative ? -v : v;
                }
                return NOT_HANDLED;
            }
        }
        double v = parse(b, from, limit, decimalMark);
        int e = end;
        return e == limit || b[e] == delimiter || b[e] == '\n' || b[e] == '\r' ? v : NOT_HANDLED;
    }

    /**
     * The number of at most seven digits (one decimal mark among them) in {@code word}, the eight bytes from
     * {@code b[i]}, its terminator among them; {@link #NOT_HANDLED} for anything else (longer numbers, exponents, no
     * digits), which the byte-by-byte loop then takes. Sets {@link #end}.
     */
    private double eightBytes(long word, int i, byte decimalMark) {
        long digitValues = word ^ ZEROS;
        // One high bit per byte that is not a digit: after xor with '0' a digit is a byte below 10.
        long nonDigits = (((digitValues & LOW7) + TEN_OR_MORE) | digitValues) & HIGH_BITS;
        if (nonDigits == 0) {
            return NOT_HANDLED;
        }
        int intDigits = Long.numberOfTrailingZeros(nonDigits) >>> 3;
        int stop = intDigits;
        int fraction = 0;
        long packed = digitValues;
        if ((byte) (word >>> (intDigits << 3)) == decimalMark) {
            long rest = nonDigits & (nonDigits - 1);
            if (rest == 0) {
                return NOT_HANDLED;
            }
            stop = Long.numberOfTrailingZeros(rest) >>> 3;
            fraction = stop - intDigits - 1;
            // Close the gap the decimal mark leaves: the fraction's digits move down one byte.
            long intMask = (1L << (intDigits << 3)) - 1;
            packed = (digitValues & intMask) | ((digitValues >>> 8) & ~intMask);
        }
        int digits = intDigits + fraction;
        byte terminator = (byte) (word >>> (stop << 3));
        if (digits == 0 || terminator == 'e' || terminator == 'E') {
            return NOT_HANDLED;
        }
        // Right-align the digits in the high bytes (leading zeros below), then combine pairs, quads and octets.
        long v = (packed & ((1L << (digits << 3)) - 1)) << ((8 - digits) << 3);
        v = (v * 10 + (v >>> 8)) & 0x00ff_00ff_00ff_00ffL;
        v = (v * 100 + (v >>> 16)) & 0x0000_ffff_0000_ffffL;
        v = (v * 10_000 + (v >>> 32)) & 0xffff_ffffL;
        end = i + stop;
        double d = v;
        return fraction == 0 ? d : d / POWERS[fraction];
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
