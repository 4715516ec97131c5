package org.senescope.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic atlases for the scale runs (docs/benchmarks.md): {@code cells} cells over {@code genes} genes, each cell
 * with about {@code nonZeros} non-zero counts (draws uniform within ±20% of it, repeats merged) at genes drawn with a
 * skew (density falling linearly from gene 0 to the last, so that common and rare genes both occur), counts 1 + geometric,
 * and obs columns {@code sample} (16 values) and {@code cell_type} (12). Each cell is made from its own seed (the
 * atlas seed and its index) inside the executors and written as it is made: nothing holds the atlas. Also writes a
 * GMT of {@code sets} sets of 50 genes each for the runs.
 */
final class SyntheticAtlas {

    static final List<String> OBS = List.of("sample", "cell_type");

    private SyntheticAtlas() {
    }

    static void run(SparkSession spark, long cells, int genes, int nonZeros, int partitions, long seed, Path out,
                    Path gmt, int sets) throws IOException {
        List<Row> geneRows = new ArrayList<>();
        for (int g = 0; g < genes; g++) {
            geneRows.add(RowFactory.create(g, String.format("ENSSYN%08d", g), "G" + g, "Gene Expression"));
        }
        spark.createDataFrame(geneRows, CellTable.GENE_SCHEMA).coalesce(1).write().mode("overwrite")
                .parquet(CellTable.genes(out));
        StructType schema = CellTable.cellSchema(OBS);
        spark.range(0, cells, 1, partitions)
                .mapPartitions(new MakeCells(genes, nonZeros, seed), Encoders.row(schema))
                .write().mode("overwrite").parquet(CellTable.cells(out));
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter writer = Files.newBufferedWriter(gmt, StandardCharsets.UTF_8)) {
            for (int s = 0; s < sets; s++) {
                StringBuilder line = new StringBuilder("SYNTHETIC_SET_" + s + "\tsynthetic");
                random.ints(0, genes).distinct().limit(50).forEach(g -> line.append("\tG").append(g));
                writer.write(line.append('\n').toString());
            }
        }
    }

    /** Makes the cells of one range partition. */
    record MakeCells(int genes, int nonZeros, long seed) implements MapPartitionsFunction<Long, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Long> ids) {
            long[] drawnGenes = new long[(genes + 63) / 64];
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public Row next() {
                    return cell(ids.next(), drawnGenes);
                }
            };
        }

        /** Cell {@code id}; {@code drawn} is a cleared bit set of the genes, left cleared. */
        private Row cell(long id, long[] drawn) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
            int draws = (int) (nonZeros * (0.8 + 0.4 * random.nextDouble()));
            for (int i = 0; i < draws; i++) {
                double u = random.nextDouble();
                int g = (int) (genes * (1 - Math.sqrt(1 - u * 0.999)));
                drawn[g >>> 6] |= 1L << g;
            }
            // the drawn genes ascending, repeats merged: a scan of the bit set, not a sort of the draws (in a profile
            // the sort cost more than the rest of the generator); the same genes as sorting and merging the draws
            int n = 0;
            for (long word : drawn) {
                n += Long.bitCount(word);
            }
            int[] unique = new int[n];
            n = 0;
            for (int w = 0; w < drawn.length; w++) {
                for (long word = drawn[w]; word != 0; word &= word - 1) {
                    unique[n++] = w * 64 + Long.numberOfTrailingZeros(word);
                }
                drawn[w] = 0;
            }
            float[] values = new float[unique.length];
            for (int i = 0; i < values.length; i++) {
                int count = 1;
                while (random.nextDouble() < 0.4) {
                    count++;
                }
                values[i] = count;
            }
            return RowFactory.create(id, "SYN" + id, "sample" + random.nextInt(16), "type" + random.nextInt(12),
                    unique, values);
        }
    }
}
