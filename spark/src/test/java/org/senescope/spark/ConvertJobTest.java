package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.senescope.model.cell.CellColumn;
import org.senescope.model.cell.CellMatrix;
import org.senescope.read.InputLimits;
import org.senescope.read.anndata.AnnData;
import org.senescope.read.anndata.AnnDataMatrix;
import org.senescope.read.anndata.AnnDataReader;
import org.senescope.read.tenx.TenxFolderReader;
import org.senescope.read.tenxh5.TenxH5Reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The streaming converter writes exactly the matrix Senescope's whole-matrix readers read, for every input kind, on
 * the real data in ../shared/data/single-cell (never copied): each cell's barcode, gene indices and float values, the
 * genes, and an .h5ad's obs. Blocks of 97 cells do not divide the cell counts, so the last block is short; the
 * MatrixMarket folders go through the on-disk transpose, whose spill files are gone afterwards.
 */
class ConvertJobTest {

    static final Path SC = Path.of("..", "..", "shared", "data", "single-cell");

    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("convert").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @ParameterizedTest
    @CsvSource({
            "pbmc1k_v2/filtered_feature_bc_matrix, 996",
            "pbmc1k_v2/filtered_feature_bc_matrix.h5, 996",
            "pbmc1k_v2/pbmc1k_v2.h5ad, 996",
            "10x-format-examples/3.0.0/filtered_feature_bc_matrix, 1107",
            "10x-format-examples/3.0.0/filtered_feature_bc_matrix.h5, 1107",
            "10x-format-examples/1.2.0/filtered_gene_bc_matrices/hg19_chr21, 12",
            "10x-format-examples/1.2.0/filtered_gene_bc_matrices_h5.h5, 12"})
    void theTableHoldsTheMatrixTheWholeMatrixReadersRead(String input, int cells) throws IOException {
        Path data = SC.resolve(input);
        Path out = dir.resolve(data.getFileName() + ".parquet");
        Path spill = Files.createDirectories(dir.resolve("spill"));
        try (CellSource source = ConvertJob.open(data, spill)) {
            ConvertJob.run(spark, source, Optional.empty(), out, 97);
        }
        try (Stream<Path> left = Files.list(spill)) {
            assertEquals(0, left.count(), "spill files left");
        }
        Optional<AnnData> anndata = input.endsWith(".h5ad")
                ? Optional.of(new AnnDataReader().read(data, AnnDataMatrix.X)) : Optional.empty();
        CellMatrix m = anndata.isPresent() ? anndata.get().matrix() : Files.isDirectory(data)
                ? new TenxFolderReader(InputLimits.DEFAULT).read(data) : new TenxH5Reader().read(data);
        List<Row> rows = spark.read().parquet(CellTable.cells(out)).orderBy(CellTable.CELL).collectAsList();
        assertEquals(cells, rows.size());
        assertEquals(m.cells(), rows.size());
        List<CellColumn> obs = anndata.map(a -> a.obs().columns()).orElse(List.of());
        for (int c = 0; c < m.cells(); c++) {
            Row row = rows.get(c);
            assertEquals(c, row.<Long>getAs(CellTable.CELL));
            assertEquals(m.barcodes().get(c), row.getAs(CellTable.BARCODE));
            List<Integer> genes = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            for (int k = m.start(c); k < m.end(c); k++) {
                genes.add(m.gene(k));
                values.add(m.value(k));
            }
            assertEquals(genes, new ArrayList<>(row.getList(row.fieldIndex(CellTable.GENES))), "cell " + c);
            assertEquals(values, new ArrayList<>(row.getList(row.fieldIndex(CellTable.VALUES))), "cell " + c);
            for (CellColumn column : obs) {
                assertEquals(column.values().get(c), row.getAs(column.name()), column.name() + " of cell " + c);
            }
        }
        assertEquals(2 + obs.size() + 2, rows.get(0).size());
        List<Row> genes = spark.read().parquet(CellTable.genes(out)).orderBy("index").collectAsList();
        assertEquals(m.genes(), genes.size());
        for (int g = 0; g < m.genes(); g++) {
            assertEquals(m.features().get(g).id(), genes.get(g).getAs("id"));
        }
    }
}
