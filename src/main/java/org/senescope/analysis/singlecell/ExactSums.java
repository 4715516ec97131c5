package org.senescope.analysis.singlecell;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigInteger;

/**
 * Many running sums of doubles (one per gene, say) that are kept exactly and rounded once when read, so the result does
 * not depend on the order of the additions nor on how they were split into parts and merged. That is what lets an
 * engine that adds the cells partition by partition get the same doubles as one pass over all cells.
 *
 * <p>Every finite double is an integer times 2^-1074; each sum holds that integer in base 2^32 digits (one long each,
 * so carries can wait until a digit could overflow). {@link #sum} rounds the exact sum to the nearest double, ties to
 * even. Not thread-safe; an instance is {@link Serializable} so that partial sums can travel between machines.
 */
public final class ExactSums implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int DIGIT_BITS = 32;
    /** 2^-1074 .. 2^1024 plus room for the carries of 2^31 additions: 2,098 + 64 bits. */
    private static final int DIGITS = 68;
    private static final long DIGIT_MASK = 0xFFFF_FFFFL;
    /** Additions after which a digit could overflow, so the digits are normalised. */
    private static final int ADDS_BEFORE_CARRY = 1 << 30;

    private final long[] digits;
    private final int size;
    private int addsSinceCarry;

    /** {@code size} sums, all zero. */
    public ExactSums(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
        this.digits = new long[Math.multiplyExact(size, DIGITS)];
    }

    /** The number of sums. */
    public int size() {
        return size;
    }

    /**
     * Adds {@code value} to sum {@code index}.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public void add(int index, double value) {
        if (value == 0) {
            return;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite value: " + value);
        }
        long bits = Double.doubleToRawLongBits(value);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int position = exponent - 1;
        int digit = index * DIGITS + position / DIGIT_BITS;
        int shift = position % DIGIT_BITS;
        long sign = bits < 0 ? -1 : 1;
        // The mantissa shifted by up to 31 bits spans at most three digits: low 32, next 32, the rest.
        long low = (mantissa << shift) & DIGIT_MASK;
        long rest = shift == 0 ? mantissa >>> DIGIT_BITS : mantissa >>> (DIGIT_BITS - shift);
        digits[digit] += sign * low;
        digits[digit + 1] += sign * (rest & DIGIT_MASK);
        digits[digit + 2] += sign * (rest >>> DIGIT_BITS);
        if (++addsSinceCarry == ADDS_BEFORE_CARRY) {
            carryAll();
        }
    }

    /** Adds every sum of {@code other} (of the same size) to this one's; {@code other} is unchanged. */
    public void addAll(ExactSums other) {
        if (other.size != size) {
            throw new IllegalArgumentException("sizes differ: " + size + " and " + other.size);
        }
        carryAll();
        for (int i = 0; i < digits.length; i++) {
            digits[i] += other.digits[i];
        }
        carryAll();
    }

    /** Sum {@code index} rounded to the nearest double (ties to even). */
    public double sum(int index) {
        int top = DIGITS - 1;
        while (top > 0 && digits[index * DIGITS + top] == 0) {
            top--;
        }
        BigInteger exact = BigInteger.ZERO;
        for (int d = top; d >= 0; d--) {
            exact = exact.shiftLeft(DIGIT_BITS).add(BigInteger.valueOf(digits[index * DIGITS + d]));
        }
        return rounded(exact);
    }

    /** Every sum rounded as {@link #sum}, then divided by {@code count}: the means of {@code count} values each. */
    public double[] means(long count) {
        double[] means = new double[size];
        for (int i = 0; i < size; i++) {
            means[i] = sum(i) / count;
        }
        return means;
    }

    /** {@code exact} times 2^-1074, rounded to the nearest double, ties to even. */
    private static double rounded(BigInteger exact) {
        BigInteger magnitude = exact.abs();
        int bits = magnitude.bitLength();
        double rounded;
        if (bits <= 53) {
            // Fewer than 54 significant bits times 2^-1074 is a double (a subnormal one included): no rounding.
            rounded = Math.scalb((double) magnitude.longValue(), -1074);
        } else {
            // Keep 53 bits, a guard bit and a sticky bit: the conversion of that long to double rounds as the exact
            // value would (ties to even), and the result, at least 2^-1021, is normal, so scaling it is exact.
            int dropped = bits - 54;
            long kept = magnitude.shiftRight(dropped).longValue() << 1;
            if (magnitude.getLowestSetBit() < dropped) {
                kept |= 1;
            }
            rounded = Math.scalb((double) kept, dropped - 1 - 1074);
        }
        return exact.signum() < 0 ? -rounded : rounded;
    }

    private void carryAll() {
        for (int s = 0; s < size; s++) {
            long carry = 0;
            for (int d = s * DIGITS; d < (s + 1) * DIGITS; d++) {
                long value = digits[d] + carry;
                digits[d] = value & DIGIT_MASK;
                carry = value >> DIGIT_BITS;
            }
            // A negative total leaves its sign in the top digit, which sum() reads as a signed long.
            digits[(s + 1) * DIGITS - 1] += carry << DIGIT_BITS;
        }
        addsSinceCarry = 0;
    }
}
