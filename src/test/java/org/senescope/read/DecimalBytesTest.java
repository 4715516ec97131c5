package org.senescope.read;

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
    void shortNumbersReadEightBytesAtATimeAgreeBitForBit() {
        // Followed by a tab and padding, so that the eight-byte read applies (it needs eight bytes before the limit).
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int intDigits = random.nextInt(0, 8);
            for (int d = 0; d < intDigits; d++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            int fracDigits = random.nextInt(intDigits == 0 ? 1 : 0, 8 - intDigits);
            if (fracDigits > 0 || random.nextBoolean()) {
                b.append('.');
            }
            for (int d = 0; d < fracDigits; d++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            String s = b.toString();
            assertEightByteRead(s, Double.parseDouble(s), '.');
        }
        assertEightByteRead("7.123", 7.123, '.');
        assertEightByteRead("0.1", 0.1, '.');
        assertEightByteRead("-12,5", -12.5, ',');
        assertEightByteRead("9999999", 9_999_999, '.');
        assertEightByteRead(".5", 0.5, '.');
        assertEightByteRead("1.", 1, '.');
    }

    @Test
    void eightByteReadStopsWhereTheByteLoopStops() {
        DecimalBytes p = new DecimalBytes();
        byte[] b = "1.5e3\t000000000000".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1500.0, p.parse(b, 0, b.length, (byte) '.'));
        assertEquals(5, p.end());
        b = "1.2.3\t000000000000".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1.2, p.parse(b, 0, b.length, (byte) '.'));
        assertEquals(3, p.end());
        b = "12345678\t000000000".getBytes(StandardCharsets.US_ASCII);
        assertEquals(12_345_678.0, p.parse(b, 0, b.length, (byte) '.'));
        assertEquals(8, p.end());
        for (String s : new String[] {"NA\t0000000000", "-\t000000000000", ".\t000000000000", "-.\t00000000000"}) {
            byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
            assertFalse(DecimalBytes.handled(p.parse(bytes, 0, bytes.length, (byte) '.')), s);
        }
    }

    @Test
    void aFieldIsANumberOnlyUpToADelimiterOrALineEnd() {
        DecimalBytes p = new DecimalBytes();
        String[] fields = {"7.123\t", "-7.123\n", "7.123\r\n", "16.4019424616429\t", "1.5e3,", "12\t"};
        double[] values = {7.123, -7.123, 7.123, 16.4019424616429, 1500, 12};
        for (int i = 0; i < fields.length; i++) {
            for (String padding : new String[] {"", "0123456789"}) {
                byte[] b = (fields[i] + padding).getBytes(StandardCharsets.US_ASCII);
                byte delimiter = (byte) (fields[i].endsWith(",") ? ',' : '\t');
                double v = p.parseField(b, 0, b.length, (byte) '.', delimiter);
                assertEquals(values[i], v, fields[i]);
                assertEquals(fields[i].length() - (fields[i].endsWith("\r\n") ? 2 : 1), p.end(), fields[i]);
            }
        }
        byte[] atLimit = "7.125".getBytes(StandardCharsets.US_ASCII);
        assertEquals(7.125, p.parseField(atLimit, 0, atLimit.length, (byte) '.', (byte) '\t'));
        for (String s : new String[] {"7.123x\t0123456789", "7.123 \t0123456789", "7.1;2\t0123456789", "7.1\t",
                "7.123\t"}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            // With ',' as the delimiter a tab does not end a field.
            assertFalse(DecimalBytes.handled(p.parseField(b, 0, b.length, (byte) '.', (byte) ',')), s);
        }
    }

    private static void assertEightByteRead(String s, double expected, char mark) {
        byte[] b = ("\t" + s + "\t0123456789").getBytes(StandardCharsets.US_ASCII);
        DecimalBytes p = new DecimalBytes();
        double v = p.parse(b, 1, b.length, (byte) mark);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(v), s);
        assertEquals(1 + s.length(), p.end(), s);
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
