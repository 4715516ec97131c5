package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.senescope.analysis.singlecell.CellScores;
import org.senescope.analysis.singlecell.SparseColumn;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.data.GeneSet;
import org.senescope.read.InputLimits;
import org.senescope.read.cellmeta.CellAnnotationReader;
import org.senescope.read.gmt.GmtReader;
import org.senescope.read.tenx.TenxFolderReader;
import scala.Tuple2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode equals the single-machine kernels on the real PBMC 1k v2 data (../shared/data, never
 * copied): the same doubles for every cell and set, and the same pseudobulk sums. The table is written in blocks of
 * 300 cells and read in small splits, so the cells reach the kernels in several partitions.
 */
class SingleMachineEqualityTest {

    static final Path DATA = Path.of("..", "..", "shared", "data", "single-cell", "pbmc1k_v2");
    static final Path GMT = Path.of("..", "..", "shared", "data", "genesets", "senescence_sets.gmt");
    static final Path HALLMARK = Path.of("..", "..", "shared", "data", "genesets", "h.all.v7.0.symbols.gmt");

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Whole source;
    static Path table;

    @BeforeAll
    static void convert() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("equality").config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", "262144").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        Path folder = DATA.resolve("filtered_feature_bc_matrix");
        Path obs = DATA.resolve("cell_annotations.tsv");
        source = new Whole(new TenxFolderReader(InputLimits.DEFAULT).read(folder),
                Optional.of(new CellAnnotationReader(InputLimits.DEFAULT).read(obs)));
        table = dir.resolve("pbmc1k.parquet");
        try (CellSource cells = ConvertJob.open(folder, dir)) {
            ConvertJob.run(spark, cells, Optional.of(obs), table, 300);
        }
    }

    /** The matrix and annotations as the single-machine path reads them, whole. */
    record Whole(CellMatrix matrix, Optional<CellAnnotations> obs) {
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static List<GeneSet> sets() throws IOException {
        List<GeneSet> sets = new ArrayList<>(new GmtReader().read(GMT).sets());
        sets.addAll(new GmtReader().read(HALLMARK).sets().subList(0, 10));
        return sets;
    }

    /** The whole matrix at once, as the kernels' matrix (names made unique as the converter does). */
    static org.senescope.analysis.singlecell.CellColumns whole() {
        CellMatrix m = source.matrix();
        List<String> genes = CellTable.unique(m.features().stream().map(f -> f.name()).toList());
        return new org.senescope.analysis.singlecell.CellColumns() {
            @Override
            public List<String> genes() {
                return genes;
            }

            @Override
            public int cellCount() {
                return m.cells();
            }

            @Override
            public SparseColumn cell(int c) {
                int n = m.end(c) - m.start(c);
                int[] g = new int[n];
                double[] v = new double[n];
                for (int k = 0; k < n; k++) {
                    g[k] = m.gene(m.start(c) + k);
                    v[k] = m.value(m.start(c) + k);
                }
                return SparseColumn.of(g, v);
            }
        };
    }

    @Test
    void theTableHoldsEveryCellInSeveralPartitions() {
        var cells = spark.read().parquet(CellTable.cells(table));
        assertEquals(source.matrix().cells(), cells.count());
        assertTrue(cells.rdd().getNumPartitions() > 1, "partitions: " + cells.rdd().getNumPartitions());
        assertEquals(List.of("cell", "barcode", "cluster", "cell_type", "cell_type_coarse", "n_counts", "n_genes",
                "percent_mt", "genes", "values"), List.of(cells.columns()));
    }

    @ParameterizedTest
    @EnumSource(ScoreMethod.class)
    void scoresEqualTheSingleMachineKernel(ScoreMethod method) throws IOException {
        List<GeneSet> sets = sets();
        var kernel = whole();
        CellScores expected = switch (method) {
            case UCELL -> org.senescope.analysis.singlecell.UCell.score(kernel, sets);
            case AUCELL -> org.senescope.analysis.singlecell.AUCell.score(kernel, sets);
            case SEURAT -> org.senescope.analysis.singlecell.SeuratModuleScore.score(
                    org.senescope.analysis.singlecell.LogNormalised.seurat(kernel), sets);
        };
        Path out = dir.resolve("scores-" + method);
        Files.createDirectories(out);
        ScoreJob.run(spark, table, sets, method, out);
        List<Row> rows = spark.read().parquet(out.resolve("cell-scores.parquet").toString()).orderBy("cell")
                .collectAsList();
        assertEquals(kernel.cellCount(), rows.size());
        for (int s = 0; s < expected.sets().size(); s++) {
            double[] actual = new double[rows.size()];
            for (int c = 0; c < rows.size(); c++) {
                assertEquals(c, rows.get(c).<Long>getAs("cell"));
                actual[c] = rows.get(c).getAs(expected.sets().get(s));
            }
            assertArrayEquals(expected.scoresOf(s), actual, 0.0, method + " " + expected.sets().get(s));
        }
        List<String> tsv = Files.readAllLines(out.resolve("cell-scores.tsv"));
        assertEquals("barcode\t" + String.join("\t", expected.sets()), tsv.get(0));
        String[] first = tsv.get(1).split("\t");
        assertEquals(source.matrix().barcodes().get(0), first[0]);
        assertEquals(expected.value(0, 0), Double.parseDouble(first[1]), 0.0);
        assertEquals(kernel.cellCount() + 1, tsv.size());
    }

    @Test
    void pseudobulkSumsEqualTheSingleMachineSums() throws IOException {
        CellMatrix m = source.matrix();
        CellColumn types = source.obs().orElseThrow().column("cell_type").orElseThrow();
        Map<String, Integer> obsRow = new HashMap<>();
        for (int i = 0; i < source.obs().orElseThrow().barcodes().size(); i++) {
            obsRow.put(source.obs().orElseThrow().barcodes().get(i), i);
        }
        Map<String, double[]> expected = new HashMap<>();
        for (int c = 0; c < m.cells(); c++) {
            Integer row = obsRow.get(m.barcodes().get(c));
            if (row == null) {
                continue;
            }
            double[] sums = expected.computeIfAbsent(types.values().get(row), t -> new double[m.genes()]);
            for (int k = m.start(c); k < m.end(c); k++) {
                sums[m.gene(k)] += m.value(k);
            }
        }
        List<Tuple2<List<String>, PseudobulkJob.Group>> groups = PseudobulkJob.groups(spark, table,
                List.of("cell_type"));
        assertEquals(expected.keySet().size(), groups.size());
        for (Tuple2<List<String>, PseudobulkJob.Group> group : groups) {
            assertArrayEquals(expected.get(group._1().get(0)), group._2().sums(), 0.0, group._1().toString());
        }
        Path out = dir.resolve("pseudobulk");
        Files.createDirectories(out);
        PseudobulkJob.run(spark, table, List.of("cell_type", "cell_type_coarse"), out);
        List<String> tsv = Files.readAllLines(out.resolve("pseudobulk.tsv"));
        assertEquals(m.genes() + 1, tsv.size());
        assertEquals("gene\tB|B\tCD14 Mono|Myeloid\tCD4 T|T\tCD8 T|T\tFCGR3A Mono|Myeloid\tNK|NK\tPlatelet|Platelet",
                tsv.get(0));
        List<String> meta = Files.readAllLines(out.resolve("pseudobulk-groups.tsv"));
        assertEquals("column\tcell_type\tcell_type_coarse\tcells", meta.get(0));
        long cells = meta.stream().skip(1).mapToLong(line -> Long.parseLong(line.split("\t")[3])).sum();
        assertEquals(obsRow.keySet().stream().filter(m.barcodes()::contains).count(), cells);
    }
}
