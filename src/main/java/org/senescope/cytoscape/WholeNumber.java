package org.senescope.cytoscape;

import org.senescope.failure.BadRequestException;

/**
 * A whole-number command parameter, read from the {@code double} its Tunable is declared as. Cytoscape 3.10's command
 * executor sets a Tunable field from a CyREST JSON body by reflection: CyREST's Gson reader hands every JSON number
 * over as a {@link Double} ({@code 1000} arrives as {@code 1000.0}), which an {@code int} or {@code long} field
 * refuses ("Couldn't parse value from: 1000.0"), while a {@code double} field takes it, and takes a text value
 * ({@code "1000"}, {@code "1e3"}) through {@link Double#parseDouble}. So whole-number Tunables are {@code double}s,
 * shown without decimals in the dialog ({@link #FORMAT}), and checked here.
 */
final class WholeNumber {

    /** The Tunable format that shows a whole number without decimals in Cytoscape's dialog. */
    static final String FORMAT = "0";

    private WholeNumber() {
    }

    /**
     * {@code value} as an {@code int}.
     *
     * @throws BadRequestException naming {@code parameter} when the value is not a whole number an int can hold
     */
    static int intValue(String parameter, double value) {
        return (int) longValue(parameter, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * {@code value} as a {@code long}; whole numbers up to 2<sup>53</sup> in magnitude, every one of which a
     * {@code double} holds exactly.
     *
     * @throws BadRequestException naming {@code parameter} when the value is not such a whole number
     */
    static long longValue(String parameter, double value) {
        return longValue(parameter, value, -EXACT, EXACT);
    }

    private static final long EXACT = 1L << 53;

    private static long longValue(String parameter, double value, long min, long max) {
        if (value != Math.rint(value) || value < min || value > max) {
            throw new BadRequestException(parameter + ": expected a whole number from " + min + " to " + max
                    + ", found " + value);
        }
        return (long) value;
    }
}
