package org.senescope.spark;

import org.apache.spark.sql.SparkSession;
import org.senescope.read.gmt.GmtReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code senescope-spark}: the atlas-scale jobs (docs/spark.md). Each subcommand prints one metrics line. */
@Command(name = "senescope-spark", mixinStandardHelpOptions = true, version = "senescope-spark 0.1.0",
        subcommands = {SenescopeSpark.Convert.class, SenescopeSpark.Score.class, SenescopeSpark.Pseudobulk.class,
                SenescopeSpark.Generate.class})
public final class SenescopeSpark {

    /** Options every job takes. */
    static class Session {
        @Option(names = "--master", description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*]")
        String master;

        SparkSession open(String job) {
            SparkSession.Builder builder = SparkSession.builder().appName("senescope-spark " + job)
                    .config("spark.ui.enabled", "false");
            if (master != null) {
                builder.master(master);
            } else if (System.getProperty("spark.master") == null) {
                builder.master("local[*]");
            }
            return builder.getOrCreate();
        }
    }

    @Command(name = "convert", description = "Convert a 10x folder, 10x .h5 or .h5ad into a cell table (Parquet).")
    static final class Convert extends Session implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DATA") Path data;
        @Option(names = "--out", required = true, paramLabel = "DIR.parquet") Path out;
        @Option(names = "--obs", paramLabel = "TSV", description = "cell metadata TSV (barcode first)") Path obs;
        @Option(names = "--block-cells", defaultValue = "10000", description = "cells read and written at once")
        int blockCells;
        @Option(names = "--spill-dir", paramLabel = "DIR", description = "where a matrix stored by gene or in any"
                + " order (MatrixMarket, csc_matrix) is put in cell order, 12 bytes a non-zero (default: java.io.tmpdir)")
        Path spillDir;

        @Override
        public Integer call() throws IOException {
            Path spill = spillDir != null ? spillDir : Path.of(System.getProperty("java.io.tmpdir"));
            try (CellSource source = ConvertJob.open(data, spill); SparkSession spark = open("convert");
                 RunMetrics metrics = new RunMetrics(spark)) {
                ConvertJob.run(spark, source, Optional.ofNullable(obs), out, blockCells);
                System.out.println(metrics.summary(source.barcodes().size()));
            }
            return 0;
        }
    }

    @Command(name = "score", description = "Per-cell gene-set scores over a cell table.")
    static final class Score extends Session implements Callable<Integer> {
        @Option(names = "--cells", required = true, paramLabel = "DIR.parquet") Path cells;
        @Option(names = "--gene-sets", required = true, paramLabel = "GMT") Path gmt;
        @Option(names = "--method", required = true, paramLabel = "ucell|aucell|seurat") String method;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
        @Option(names = "--tsv", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "also write cell-scores.tsv on the driver (--no-tsv: Parquet only, for atlases)")
        boolean tsv;

        @Override
        public Integer call() throws IOException {
            ScoreMethod chosen = ScoreMethod.valueOf(method.toUpperCase(Locale.ROOT));
            Files.createDirectories(out);
            try (SparkSession spark = open("score"); RunMetrics metrics = new RunMetrics(spark)) {
                ScoreJob.run(spark, cells, new GmtReader().read(gmt).sets(), chosen, out, tsv);
                long n = spark.read().parquet(out.resolve("cell-scores.parquet").toString()).count();
                System.out.println(metrics.summary(n));
            }
            return 0;
        }
    }

    @Command(name = "pseudobulk", description = "Sums of each gene's values by obs groups.")
    static final class Pseudobulk extends Session implements Callable<Integer> {
        @Option(names = "--cells", required = true, paramLabel = "DIR.parquet") Path cells;
        @Option(names = "--group-by", required = true, split = ",", paramLabel = "COL[,COL]") List<String> groupBy;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

        @Override
        public Integer call() throws IOException {
            Files.createDirectories(out);
            try (SparkSession spark = open("pseudobulk"); RunMetrics metrics = new RunMetrics(spark)) {
                PseudobulkJob.run(spark, cells, groupBy, out);
                long n = spark.read().parquet(out.resolve("pseudobulk.parquet").toString())
                        .agg(org.apache.spark.sql.functions.sum("cells")).first().getLong(0);
                System.out.println(metrics.summary(n));
            }
            return 0;
        }
    }

    @Command(name = "generate", description = "Stream a synthetic atlas to a cell table (scale runs).")
    static final class Generate extends Session implements Callable<Integer> {
        @Option(names = "--cells", required = true) long cells;
        @Option(names = "--genes", defaultValue = "20000") int genes;
        @Option(names = "--non-zeros", defaultValue = "1500") int nonZeros;
        @Option(names = "--partitions", defaultValue = "0", description = "default: one per 20,000 cells") int parts;
        @Option(names = "--seed", defaultValue = "1") long seed;
        @Option(names = "--sets", defaultValue = "20") int sets;
        @Option(names = "--gmt", required = true, paramLabel = "FILE") Path gmt;
        @Option(names = "--out", required = true, paramLabel = "DIR.parquet") Path out;

        @Override
        public Integer call() throws IOException {
            int partitions = parts > 0 ? parts : (int) Math.max(1, (cells + 19_999) / 20_000);
            try (SparkSession spark = open("generate"); RunMetrics metrics = new RunMetrics(spark)) {
                SyntheticAtlas.run(spark, cells, genes, nonZeros, partitions, seed, out, gmt, sets);
                System.out.println(metrics.summary(cells));
            }
            return 0;
        }
    }

    private SenescopeSpark() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SenescopeSpark()).execute(args));
    }
}
