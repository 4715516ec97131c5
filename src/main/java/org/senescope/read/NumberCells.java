package org.senescope.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Numeric cells as R, Python, Excel and GenePattern write them. A number is plain decimal text (sign, digits, one
 * decimal mark, exponent); {@code NA}, {@code NaN}, {@code N/A}, {@code #N/A}, {@code null}, {@code None} and the
 * empty cell are missing; {@code Inf}, {@code Infinity}, their signed forms and numbers beyond the double range
 * ({@code 1e309}, which parses to an infinity) are infinite, so that a cell is classed as it will be read. Anything
 * else (hex, Java's {@code 1d} suffixes, thousands separators, words) is text. Stateless.
 */
public final class NumberCells {

    /** What a cell holds. */
    public enum Kind { NUMBER, MISSING, INFINITE, TEXT }

    private static final int MAX_FAST_LENGTH = 32;
    /** Below {@code 10^300} a number is surely finite (the largest double is about {@code 1.8e308}). */
    private static final int DOUBLE_DIGITS = 300;
    private static final Set<String> MISSING = Set.of("", "na", "nan", "n/a", "#n/a", "null", "none", "<na>");
    private static final Set<String> INFINITE = Set.of("inf", "+inf", "-inf", "infinity", "+infinity", "-infinity");

    private NumberCells() {
    }

    /** How a cell would be read, with {@code decimalMark} as the decimal separator. */
    public static Kind kind(String cell, char decimalMark) {
        String t = cell.strip();
        if (isPlainNumber(t, decimalMark)) {
            return overflows(t, decimalMark) ? Kind.INFINITE : Kind.NUMBER;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (MISSING.contains(lower)) {
            return Kind.MISSING;
        }
        return INFINITE.contains(lower) ? Kind.INFINITE : Kind.TEXT;
    }

    /**
     * The value of a cell: the number, {@code NaN} when missing, an infinity when infinite.
     *
     * @throws NumberFormatException when the cell is text; the message quotes the cell
     */
    public static double parse(String cell, char decimalMark) {
        if (cell.length() <= MAX_FAST_LENGTH) {
            // Clinger's fast path: Double.parseDouble is slow on the 15- to 17-digit numbers R and Python write.
            byte[] b = cell.getBytes(StandardCharsets.ISO_8859_1);
            double v = DecimalBytes.parseWhole(b, 0, b.length, (byte) decimalMark);
            if (DecimalBytes.handled(v)) {
                return v;
            }
        }
        String t = cell.strip();
        if (isPlainNumber(t, decimalMark)) {
            return Double.parseDouble(decimalMark == '.' ? t : t.replace(decimalMark, '.'));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (MISSING.contains(lower)) {
            return Double.NaN;
        }
        if (INFINITE.contains(lower)) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException("expected a number, found '" + abbreviate(cell) + "'");
    }

    /** A cell for a message: at most 40 characters. */
    public static String abbreviate(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 37) + "...";
    }

    /**
     * Whether a plain number is beyond the double range. A number of {@code n} characters with exponent {@code e} is
     * below {@code 10^(n + e)}, so only one with {@code n + e} near 308 or above is parsed to find out; the many
     * p-values written {@code 1e-5} cost a scan of their exponent only.
     */
    private static boolean overflows(String t, char decimalMark) {
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        long exponent = 0;
        if (e >= 0) {
            int i = e + 1;
            boolean negative = t.charAt(i) == '-';
            if (t.charAt(i) == '-' || t.charAt(i) == '+') {
                i++;
            }
            for (; i < t.length() && exponent < 100_000; i++) {
                exponent = exponent * 10 + (t.charAt(i) - '0');
            }
            exponent = negative ? -exponent : exponent;
        }
        if (t.length() + exponent < DOUBLE_DIGITS) {
            return false;
        }
        return Double.isInfinite(Double.parseDouble(decimalMark == '.' ? t : t.replace(decimalMark, '.')));
    }

    static boolean isPlainNumber(String t, char decimalMark) {
        int n = t.length();
        int i = 0;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == decimalMark) {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
