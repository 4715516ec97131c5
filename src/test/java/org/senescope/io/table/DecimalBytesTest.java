package org.senescope.io.table;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DecimalBytesTest {

    @Test
    void agreesBitForBitWithParseDoubleOnAMillionRandomNumbers() {
        SplittableRandom random = new SplittableRandom(20_261_122);
        int fast = 0;
        for (int i = 0; i < 1_000_000; i++) {
            String s = randomDecimal(random);
            double v = parse(s, '.');
            if (DecimalBytes.handled(v)) {
                fast++;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(v), s);
            }
        }
        // Most inputs must take the fast path, or the benchmark measures the fallback.
        assertEquals(true, fast > 800_000, "fast path taken " + fast + " times");
    }

    @Test
    void edgeCases() {
        for (String s : new String[] {"0", "-0", "-0.000", "+1", "1.", ".5", "9007199254740992", "9007199254740993",
                "1e22", "1e-22", "123456789012345678", "0.1", "16.4019424616429", "-63.3370337079998", "2.5E-3",
                "4.9e-324", "1.7976931348623157e308", "1e23", "0.30000000000000004"}) {
            double v = parse(s, '.');
            if (DecimalBytes.handled(v)) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(v), s);
            }
        }
        assertEquals(-0.0, parse("-0", '.'));
        assertEquals(1.5, parse("1,5", ','));
    }

    @Test
    void leavesEverythingElseToTheCaller() {
        for (String s : new String[] {"", "-", ".", "NA", "NaN", "Inf", "1e", "1e+", "1.5x", " 1", "1 ", "0x10",
                "1d", "1,5", "1234567890123456789", "1e99999", "\"1\""}) {
            assertFalse(DecimalBytes.handled(parse(s, '.')), s);
        }
    }

    private static double parse(String s, char mark) {
        byte[] b = ("x" + s + "y").getBytes(StandardCharsets.US_ASCII);
        return DecimalBytes.parseWhole(b, 1, b.length - 1, (byte) mark);
    }

    private static String randomDecimal(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append('-');
        }
        int intDigits = r.nextInt(0, 8);
        for (int i = 0; i < intDigits; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        int fracDigits = r.nextInt(intDigits == 0 ? 1 : 0, 15);
        if (fracDigits > 0 || r.nextInt(10) == 0) {
            b.append('.');
            for (int i = 0; i < fracDigits; i++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
        }
        if (intDigits + fracDigits == 0) {
            b.append('0');
        }
        if (r.nextInt(5) == 0) {
            b.append(r.nextBoolean() ? 'e' : 'E').append(r.nextBoolean() ? "-" : "").append(r.nextInt(0, 30));
        }
        return b.toString();
    }
}
