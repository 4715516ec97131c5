package org.senescope.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.senescope.analysis.singlecell.CellScores;
import org.senescope.analysis.singlecell.SeuratModuleScore;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Per-cell scores over a cell table: {@code OUT/cell-scores.parquet} ({@code cell}, {@code barcode}, one double
 * column per set) and {@code OUT/cell-scores.tsv} (barcode, then one column per set named as in the GMT; the
 * columns of {@code senescope sc-score}'s file), rows in the cells' order. For the module score a first pass sums
 * each gene's log-normalised values per partition; the driver adds the partitions' sums in the order of their first
 * cell, draws the control genes as the single-machine kernel does and broadcasts them.
 */
final class ScoreJob {

    /** Cells handed to a kernel at once. */
    static final int BLOCK = 512;

    private ScoreJob() {
    }

    /** The sets as plain serialisable lists (records are not Serializable). */
    record Sets(ArrayList<String> names, ArrayList<ArrayList<String>> genes) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Sets of(List<GeneSet> sets) {
            ArrayList<String> names = new ArrayList<>();
            ArrayList<ArrayList<String>> genes = new ArrayList<>();
            for (GeneSet set : sets) {
                names.add(set.name());
                genes.add(new ArrayList<>(set.genes()));
            }
            return new Sets(names, genes);
        }

        List<GeneSet> geneSets() {
            List<GeneSet> sets = new ArrayList<>();
            for (int s = 0; s < names.size(); s++) {
                sets.add(new GeneSet(names.get(s), "", genes.get(s)));
            }
            return sets;
        }
    }

    static void run(SparkSession spark, Path table, List<GeneSet> geneSets, ScoreMethod method, Path out)
            throws IOException {
        run(spark, table, geneSets, method, out, true);
    }

    /** As {@link #run(SparkSession, Path, List, ScoreMethod, Path)}, the TSV only when {@code tsv}. */
    static void run(SparkSession spark, Path table, List<GeneSet> geneSets, ScoreMethod method, Path out, boolean tsv)
            throws IOException {
        Dataset<Row> scores = scores(spark, table, geneSets, method);
        String parquet = out.resolve("cell-scores.parquet").toString();
        scores.write().mode("overwrite").parquet(parquet);
        if (!tsv) {
            return;
        }
        Tsv.write(spark.read().parquet(parquet).orderBy(CellTable.CELL).drop(CellTable.CELL),
                out.resolve("cell-scores.tsv"));
    }

    /** The scores, one row per cell: {@code cell}, {@code barcode}, one double column per set. */
    static Dataset<Row> scores(SparkSession spark, Path table, List<GeneSet> geneSets, ScoreMethod method) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ArrayList<String> genes = CellTable.geneNames(spark, table);
        Dataset<Row> cells = spark.read().parquet(CellTable.cells(table))
                .select(CellTable.CELL, CellTable.BARCODE, CellTable.GENES, CellTable.VALUES);
        ArrayList<int[]> controls = new ArrayList<>();
        if (method == ScoreMethod.SEURAT) {
            double[] means = GeneMeans.of(context, cells, genes);
            controls.addAll(SeuratModuleScore.controlGenes(genes, means, geneSets, SeuratModuleScore.DEFAULT_BINS,
                    SeuratModuleScore.DEFAULT_CONTROLS, SeuratModuleScore.DEFAULT_SEED));
        }
        Sets sets = Sets.of(geneSets);
        Broadcast<ArrayList<String>> geneNames = context.broadcast(genes);
        Broadcast<ArrayList<int[]>> controlGenes = context.broadcast(controls);
        JavaRDD<Row> rows = cells.toJavaRDD()
                .mapPartitions(new ScorePartition(method, sets, geneNames, controlGenes));
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CellTable.CELL, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(CellTable.BARCODE, DataTypes.StringType, false));
        sets.names().forEach(name -> fields.add(DataTypes.createStructField(name, DataTypes.DoubleType, false)));
        return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
    }

    /** Scores one partition, {@link #BLOCK} cells at a time. */
    private record ScorePartition(ScoreMethod method, Sets sets, Broadcast<ArrayList<String>> genes,
                                  Broadcast<ArrayList<int[]>> controls)
            implements FlatMapFunction<Iterator<Row>, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Row> cells) {
            List<GeneSet> geneSets = sets.geneSets();
            CellBlock block = new CellBlock(genes.value());
            List<Row> out = new ArrayList<>();
            while (cells.hasNext()) {
                block.add(cells.next());
                if (block.cellCount() == BLOCK || !cells.hasNext()) {
                    CellScores scores = method.score(block, geneSets, controls.value());
                    for (int c = 0; c < block.cellCount(); c++) {
                        Object[] values = new Object[2 + geneSets.size()];
                        values[0] = block.row(c).getAs(CellTable.CELL);
                        values[1] = block.row(c).getAs(CellTable.BARCODE);
                        for (int s = 0; s < geneSets.size(); s++) {
                            values[2 + s] = scores.value(s, c);
                        }
                        out.add(RowFactory.create(values));
                    }
                    block.clear();
                }
            }
            return out.iterator();
        }
    }
}
