package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** R's random streams, drawn by R 4.2.2 in r_random_streams.R, reproduced to the last bit. */
class RRandomTest {

    /** The reference draws by "draw seed", in index order. */
    private static Map<String, List<Double>> reference() throws IOException {
        Map<String, List<Double>> draws = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(RRandomTest.class.getResourceAsStream("r-random-streams.tsv.gz"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            assertEquals("draw\tseed\tindex\tvalue", reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split("\t", -1);
                List<Double> values = draws.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>());
                assertEquals(values.size() + 1, Integer.parseInt(f[2]), line);
                values.add(Double.parseDouble(f[3]));
            }
        }
        return draws;
    }

    private static double[] ours(String draw, int seed) {
        RRandom random = RRandom.seeded(seed);
        return switch (draw) {
            case "runif" -> repeat(200, random::uniform);
            case "rnorm" -> repeat(200, random::normal);
            case "sample_100_of_1000" -> asDoubles(random.sampleWithoutReplacement(1000, 100));
            case "sample_100_of_33538" -> asDoubles(random.sampleWithoutReplacement(33538, 100));
            case "sample_5_of_7" -> asDoubles(random.sampleWithoutReplacement(7, 5));
            case "rnorm_then_sample" -> {
                double[] normals = repeat(3, random::normal);
                double[] sampled = asDoubles(random.sampleWithoutReplacement(50, 10));
                double[] both = new double[13];
                System.arraycopy(normals, 0, both, 0, 3);
                System.arraycopy(sampled, 0, both, 3, 10);
                yield both;
            }
            default -> throw new AssertionError(draw);
        };
    }

    private static double[] repeat(int n, java.util.function.DoubleSupplier draw) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = draw.getAsDouble();
        }
        return values;
    }

    private static double[] asDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    @Test
    void everyReferenceStreamIsReproducedExactly() throws IOException {
        Map<String, List<Double>> reference = reference();
        assertEquals(18, reference.size());
        for (Map.Entry<String, List<Double>> stream : reference.entrySet()) {
            String[] key = stream.getKey().split(" ");
            double[] expected = stream.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            // R writes the seed 2147483647 as 2147483647; seeds are R integers
            assertArrayEquals(expected, ours(key[0], (int) Long.parseLong(key[1])), 0.0, stream.getKey());
        }
    }

    @Test
    void aCopyContinuesTheSameStreamIndependently() {
        RRandom random = RRandom.seeded(1);
        random.normal();
        RRandom copy = random.copy();
        double next = random.uniform();
        assertEquals(next, copy.uniform(), 0.0);
        assertEquals(random.uniform(), copy.uniform(), 0.0);
    }

    @Test
    void aSampleLargerThanThePopulationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RRandom.seeded(1).sampleWithoutReplacement(5, 6));
        assertEquals("cannot take a sample of 6 from 5 without replacement", e.getMessage());
    }
}
