package org.senescope.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The layout of a cell table (docs/spark.md, "Layout"): a folder {@code NAME.parquet} holding {@code genes/}, one
 * row per gene ({@code index} int, {@code id}, {@code name} unique, {@code type}), and {@code cells/}, one row per
 * cell in any number of Parquet part files: {@code cell} (long, the cell's 0-based position in the source),
 * {@code barcode}, one nullable string column per {@code obs} column, {@code genes} (array of int, the gene indices
 * of the non-zeros, strictly ascending) and {@code values} (array of float, parallel).
 */
final class CellTable {

    static final String CELL = "cell";
    static final String BARCODE = "barcode";
    static final String GENES = "genes";
    static final String VALUES = "values";

    static final StructType GENE_SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false)});

    private CellTable() {
    }

    static String cells(Path table) {
        return table.resolve("cells").toString();
    }

    static String genes(Path table) {
        return table.resolve("genes").toString();
    }

    /** The schema of {@code cells/} with the given obs columns. */
    static StructType cellSchema(List<String> obs) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CELL, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(BARCODE, DataTypes.StringType, false));
        for (String column : obs) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(GENES, DataTypes.createArrayType(DataTypes.IntegerType, false), false));
        fields.add(DataTypes.createStructField(VALUES, DataTypes.createArrayType(DataTypes.FloatType, false), false));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The unique gene names of a table, by index. */
    static ArrayList<String> geneNames(SparkSession spark, Path table) {
        Dataset<Row> genes = spark.read().parquet(genes(table)).orderBy("index");
        ArrayList<String> names = new ArrayList<>();
        for (Row row : genes.collectAsList()) {
            if (row.<Integer>getAs("index") != names.size()) {
                throw new IllegalStateException("gene indices of " + table + " are not 0.." + (names.size() - 1));
            }
            names.add(row.getAs("name"));
        }
        return names;
    }

    /** Names made unique as R's {@code make.unique} (the second "X" becomes "X.1"), as Seurat's readers do. */
    static List<String> unique(List<String> names) {
        Set<String> taken = new HashSet<>(names);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(names.size());
        java.util.Map<String, Integer> next = new java.util.HashMap<>();
        for (String name : names) {
            if (seen.add(name)) {
                out.add(name);
                continue;
            }
            int n = next.getOrDefault(name, 1);
            while (taken.contains(name + "." + n)) {
                n++;
            }
            String made = name + "." + n;
            next.put(name, n + 1);
            taken.add(made);
            seen.add(made);
            out.add(made);
        }
        return out;
    }
}
