package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Iterator;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticAtlasTest {

    /**
     * The bit-set generator makes the cells the sort-based one made (the scale runs of docs/benchmarks.md): each
     * cell's draws sorted with repeats merged, then the counts and obs from the same random stream.
     */
    @Test
    void cellsAreTheSortedDistinctDrawsOfTheirOwnSeed() {
        int genes = 20_000;
        Iterator<Row> rows = new SyntheticAtlas.MakeCells(genes, 1500, 7)
                .call(LongStream.range(0, 300).boxed().iterator());
        for (long id = 0; id < 300; id++) {
            Row row = rows.next();
            SplittableRandom random = new SplittableRandom(7 * 1_000_003L + id);
            int draws = (int) (1500 * (0.8 + 0.4 * random.nextDouble()));
            int[] drawn = new int[draws];
            for (int i = 0; i < draws; i++) {
                drawn[i] = (int) (genes * (1 - Math.sqrt(1 - random.nextDouble() * 0.999)));
            }
            int[] expected = Arrays.stream(drawn).sorted().distinct().toArray();
            assertArrayEquals(expected, (int[]) row.get(4), "cell " + id);
            assertTrue(expected.length > 1000 && expected.length < 1800, expected.length + " genes");
            float[] values = (float[]) row.get(5);
            for (int i = 0; i < values.length; i++) {
                int count = 1;
                while (random.nextDouble() < 0.4) {
                    count++;
                }
                assertEquals(count, values[i], 0f);
            }
            assertEquals("sample" + random.nextInt(16), row.get(2));
            assertEquals("type" + random.nextInt(12), row.get(3));
        }
    }
}
