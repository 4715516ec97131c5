package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.model.cell.Feature;
import org.senescope.read.InputLimits;
import org.senescope.read.cellmeta.CellAnnotationReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a 10x folder, a 10x {@code .h5} or an {@code .h5ad} into a cell table ({@link CellTable}), streaming: the
 * matrix's entries are read by Senescope's own format checks as they come ({@link CellSource}) and written in blocks
 * of {@code blockCells} cells, one Parquet file each, so only one block of cells is in memory (with the genes,
 * barcodes and obs, one string each). Matrices stored by gene or in any order go through a bounded pass on disk
 * ({@link CellTranspose}). The obs columns come from the {@code .h5ad}'s obs or from a cell-metadata TSV
 * ({@code --obs}, matched by barcode; a cell missing from it gets empty values).
 */
final class ConvertJob {

    private ConvertJob() {
    }

    /**
     * The cells of {@code data}, by its kind: a folder is a 10x folder, {@code .h5ad} an AnnData file, anything else a
     * 10x {@code .h5}. Spill files, where the matrix needs them, go in a temporary folder in {@code spillDir}.
     */
    static CellSource open(Path data, Path spillDir) throws IOException {
        String name = data.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(data)) {
            return new TenxFolderCells(data, spillDir);
        }
        return name.endsWith(".h5ad") ? Hdf5Cells.anndata(data, spillDir) : Hdf5Cells.tenx(data, spillDir);
    }

    /** Writes {@code source} to cell table {@code out}, with obs from {@code obsFile} if given, else the source's. */
    static void run(SparkSession spark, CellSource source, Optional<Path> obsFile, Path out, int blockCells)
            throws IOException {
        List<Feature> features = source.features();
        List<String> names = CellTable.unique(features.stream().map(Feature::name).toList());
        List<Row> genes = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            genes.add(RowFactory.create(g, features.get(g).id(), names.get(g), features.get(g).type()));
        }
        spark.createDataFrame(genes, CellTable.GENE_SCHEMA).coalesce(1).write().mode("overwrite")
                .parquet(CellTable.genes(out));
        Optional<CellAnnotations> annotations = obsFile.isPresent()
                ? Optional.of(new CellAnnotationReader(InputLimits.DEFAULT).read(obsFile.get())) : source.obs();
        List<CellColumn> obs = annotations.map(CellAnnotations::columns).orElse(List.of());
        Map<String, Integer> obsRow = new HashMap<>();
        annotations.ifPresent(a -> {
            for (int i = 0; i < a.barcodes().size(); i++) {
                obsRow.put(a.barcodes().get(i), i);
            }
        });
        StructType schema = CellTable.cellSchema(obs.stream().map(CellColumn::name).toList());
        String cells = CellTable.cells(out);
        List<Row> block = new ArrayList<>();
        boolean[] first = {true};
        Runnable write = () -> {
            spark.createDataFrame(block, schema).coalesce(1).write().mode(first[0] ? "overwrite" : "append")
                    .parquet(cells);
            first[0] = false;
            block.clear();
        };
        source.cells(blockCells, (c, g, v) -> {
            String barcode = source.barcodes().get(c);
            block.add(row(c, barcode, obs, obsRow.get(barcode), g, v));
            if (block.size() == blockCells) {
                write.run();
            }
        });
        if (!block.isEmpty()) {
            write.run();
        }
    }

    private static Row row(int c, String barcode, List<CellColumn> obs, Integer obsRow, int[] genes, float[] vals) {
        Object[] values = new Object[4 + obs.size()];
        values[0] = (long) c;
        values[1] = barcode;
        for (int i = 0; i < obs.size(); i++) {
            values[2 + i] = obsRow == null ? null : obs.get(i).values().get(obsRow);
        }
        values[2 + obs.size()] = genes;
        values[3 + obs.size()] = vals;
        return RowFactory.create(values);
    }
}
