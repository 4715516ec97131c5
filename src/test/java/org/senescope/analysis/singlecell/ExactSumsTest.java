package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExactSumsTest {

    /** The exact sum rounded to the nearest double, ties to even, computed with BigDecimal. */
    private static double exact(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double value : values) {
            sum = sum.add(new BigDecimal(value));
        }
        return sum.round(new MathContext(40, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static double sumOf(List<Double> values) {
        ExactSums sums = new ExactSums(1);
        values.forEach(v -> sums.add(0, v));
        return sums.sum(0);
    }

    @Test
    void cancellationThatNaiveAdditionLoses() {
        assertEquals(1.0, sumOf(List.of(1e308, 1.0, -1e308)));
        assertEquals(1.0000000000000002, sumOf(List.of(1.0, 1e-16, 1e-16)));
        assertEquals(1.0, 1.0 + 1e-16 + 1e-16);
        assertEquals(exact(List.of(0.1, 0.2, -0.3)), sumOf(List.of(0.1, 0.2, -0.3)));
    }

    @Test
    void subnormalsAndExtremes() {
        assertEquals(2 * Double.MIN_VALUE, sumOf(List.of(Double.MIN_VALUE, Double.MIN_VALUE)));
        assertEquals(Double.MIN_NORMAL, sumOf(List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL)));
        assertEquals(Double.POSITIVE_INFINITY, sumOf(List.of(Double.MAX_VALUE, Double.MAX_VALUE)));
        assertEquals(-3.0, sumOf(List.of(-2.5, -0.5)));
        assertEquals(0.0, sumOf(List.of()));
    }

    @Test
    void roundsTiesToEven() {
        double ulpHalf = Math.ulp(1.0) / 2;
        assertEquals(1.0, sumOf(List.of(1.0, ulpHalf)));
        assertEquals(1.0 + 2 * Math.ulp(1.0), sumOf(List.of(1.0 + Math.ulp(1.0), ulpHalf)));
        assertEquals(1.0 + Math.ulp(1.0), sumOf(List.of(1.0, ulpHalf, Double.MIN_VALUE)));
    }

    @Test
    void equalsTheRoundedExactSumInAnyOrderAndSplit() {
        Random random = new Random(11);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            values.add(Math.log1p(random.nextDouble() * 1e4) * (random.nextInt(10) == 0 ? -1 : 1)
                    * Math.pow(2, random.nextInt(60) - 30));
        }
        double expected = exact(values);
        assertEquals(expected, sumOf(values));
        Collections.shuffle(values, random);
        assertEquals(expected, sumOf(values));

        ExactSums left = new ExactSums(2);
        ExactSums right = new ExactSums(2);
        for (int i = 0; i < values.size(); i++) {
            (i % 3 == 0 ? left : right).add(1, values.get(i));
        }
        right.addAll(left);
        assertEquals(expected, right.sum(1));
        assertEquals(0.0, right.sum(0));
        assertEquals(expected / values.size(), right.means(values.size())[1]);
    }

    @Test
    void survivesSerialisation() throws IOException, ClassNotFoundException {
        ExactSums sums = new ExactSums(3);
        sums.add(2, 0.1);
        sums.add(2, 0.2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sums);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ExactSums back = (ExactSums) in.readObject();
            assertEquals(exact(List.of(0.1, 0.2)), back.sum(2));
            assertEquals(3, back.size());
        }
    }

    @Test
    void refusesWhatItCannotHold() {
        ExactSums sums = new ExactSums(1);
        assertEquals("not a finite value: NaN",
                assertThrows(IllegalArgumentException.class, () -> sums.add(0, Double.NaN)).getMessage());
        assertEquals("sizes differ: 1 and 2",
                assertThrows(IllegalArgumentException.class, () -> sums.addAll(new ExactSums(2))).getMessage());
        assertEquals("negative size -1",
                assertThrows(IllegalArgumentException.class, () -> new ExactSums(-1)).getMessage());
    }
}
