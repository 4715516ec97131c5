package org.senescope.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pseudobulk: each gene's stored values summed over the cells of each group of one or more obs columns. Each
 * partition sums into one dense array per group it meets; only those arrays are shuffled (partitions × groups ×
 * genes doubles), then added. Cells with a missing value in a grouping column are left out. Sums of counts (whole
 * numbers below 2^53) are exact in any order, so they equal the single-machine sums.
 *
 * <p>Writes {@code OUT/pseudobulk.parquet} (the group columns, {@code cells} and {@code sums}: array of double by
 * gene index), {@code OUT/pseudobulk.tsv} ({@code gene}, then one column per group, named by its values joined with
 * "|") and {@code OUT/pseudobulk-groups.tsv} (column name, group values, number of cells).
 */
final class PseudobulkJob {

    private PseudobulkJob() {
    }

    /** One group's cell count and sums. */
    record Group(long cells, double[] sums) implements Serializable {
        private static final long serialVersionUID = 1L;

        Group plus(Group other) {
            double[] added = sums.clone();
            for (int g = 0; g < added.length; g++) {
                added[g] += other.sums[g];
            }
            return new Group(cells + other.cells, added);
        }
    }

    /** The groups, sorted by their values. */
    static List<Tuple2<List<String>, Group>> groups(SparkSession spark, Path table, List<String> groupBy) {
        int geneCount = CellTable.geneNames(spark, table).size();
        List<org.apache.spark.sql.Column> columns = new ArrayList<>();
        groupBy.forEach(c -> columns.add(org.apache.spark.sql.functions.col(c)));
        columns.add(org.apache.spark.sql.functions.col(CellTable.GENES));
        columns.add(org.apache.spark.sql.functions.col(CellTable.VALUES));
        Dataset<Row> cells = spark.read().parquet(CellTable.cells(table))
                .select(columns.toArray(org.apache.spark.sql.Column[]::new));
        JavaPairRDD<List<String>, Group> sums = cells.toJavaRDD()
                .mapPartitionsToPair(new SumPartition(groupBy.size(), geneCount))
                .reduceByKey(Group::plus);
        List<Tuple2<List<String>, Group>> out = new ArrayList<>(sums.collect());
        out.sort((a, b) -> String.join("\u0000", a._1()).compareTo(String.join("\u0000", b._1())));
        return out;
    }

    static void run(SparkSession spark, Path table, List<String> groupBy, Path out) throws IOException {
        List<Tuple2<List<String>, Group>> groups = groups(spark, table, groupBy);
        List<String> genes = CellTable.geneNames(spark, table);
        List<StructField> fields = new ArrayList<>();
        groupBy.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, false)));
        fields.add(DataTypes.createStructField("cells", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("sums", DataTypes.createArrayType(DataTypes.DoubleType, false), false));
        List<Row> rows = new ArrayList<>();
        for (Tuple2<List<String>, Group> group : groups) {
            Object[] values = new Object[groupBy.size() + 2];
            for (int i = 0; i < groupBy.size(); i++) {
                values[i] = group._1().get(i);
            }
            values[groupBy.size()] = group._2().cells();
            values[groupBy.size() + 1] = group._2().sums();
            rows.add(RowFactory.create(values));
        }
        spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))).coalesce(1)
                .write().mode("overwrite").parquet(out.resolve("pseudobulk.parquet").toString());
        writeTsv(groups, genes, groupBy, out);
    }

    private static void writeTsv(List<Tuple2<List<String>, Group>> groups, List<String> genes, List<String> groupBy,
                                 Path out) throws IOException {
        try (BufferedWriter tsv = Files.newBufferedWriter(out.resolve("pseudobulk.tsv"), StandardCharsets.UTF_8);
             BufferedWriter meta = Files.newBufferedWriter(out.resolve("pseudobulk-groups.tsv"),
                     StandardCharsets.UTF_8)) {
            tsv.write("gene");
            meta.write("column\t" + String.join("\t", groupBy) + "\tcells\n");
            for (Tuple2<List<String>, Group> group : groups) {
                String name = String.join("|", group._1());
                tsv.write("\t" + name);
                meta.write(name + "\t" + String.join("\t", group._1()) + "\t" + group._2().cells() + "\n");
            }
            tsv.write('\n');
            for (int g = 0; g < genes.size(); g++) {
                tsv.write(genes.get(g));
                for (Tuple2<List<String>, Group> group : groups) {
                    tsv.write("\t" + group._2().sums()[g]);
                }
                tsv.write('\n');
            }
        }
    }

    /** Sums one partition's cells into one array per group. */
    private record SumPartition(int keys, int geneCount)
            implements PairFlatMapFunction<Iterator<Row>, List<String>, Group> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Tuple2<List<String>, Group>> call(Iterator<Row> rows) {
            Map<List<String>, double[]> sums = new HashMap<>();
            Map<List<String>, Long> counts = new HashMap<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> key = new ArrayList<>(keys);
                for (int i = 0; i < keys; i++) {
                    key.add(row.getString(i));
                }
                if (key.contains(null)) {
                    continue;
                }
                double[] sum = sums.computeIfAbsent(key, k -> new double[geneCount]);
                counts.merge(key, 1L, Long::sum);
                // iterated, never indexed: the lists Spark hands out may be linked lists
                Iterator<Integer> genes = row.<Integer>getList(keys).iterator();
                Iterator<Float> values = row.<Float>getList(keys + 1).iterator();
                while (genes.hasNext()) {
                    sum[genes.next()] += values.next();
                }
            }
            List<Tuple2<List<String>, Group>> out = new ArrayList<>();
            sums.forEach((key, sum) -> out.add(new Tuple2<>(key, new Group(counts.get(key), sum))));
            return out.iterator();
        }
    }
}
