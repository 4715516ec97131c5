package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.InputLimits;
import org.senescope.read.anndata.AnnData;
import org.senescope.read.anndata.AnnDataMatrix;
import org.senescope.read.anndata.AnnDataReader;
import org.senescope.read.cellmeta.CellAnnotationReader;
import org.senescope.read.tenx.TenxFolderReader;
import org.senescope.read.tenxh5.TenxH5Reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a 10x folder, a 10x {@code .h5} or an {@code .h5ad} into a cell table ({@link CellTable}). Senescope's
 * readers hold the whole matrix in memory (as float32, 8 bytes a non-zero), so the input must fit one machine; the
 * output side is written in blocks of {@code blockCells} cells, one Parquet file each, never all rows at once.
 * The obs columns come from the {@code .h5ad}'s obs or from a cell-metadata TSV ({@code --obs}, matched by barcode;
 * a cell missing from it gets empty values).
 */
final class ConvertJob {

    private ConvertJob() {
    }

    /** A matrix and its cell annotations. */
    record Source(CellMatrix matrix, Optional<CellAnnotations> obs) {
    }

    static Source read(Path data, Optional<Path> obsFile) throws IOException {
        String name = data.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Source source;
        if (Files.isDirectory(data)) {
            source = new Source(new TenxFolderReader(InputLimits.DEFAULT).read(data), Optional.empty());
        } else if (name.endsWith(".h5ad")) {
            AnnData anndata = new AnnDataReader().read(data, AnnDataMatrix.X);
            source = new Source(anndata.matrix(), Optional.of(anndata.obs()));
        } else {
            source = new Source(new TenxH5Reader().read(data), Optional.empty());
        }
        if (obsFile.isPresent()) {
            source = new Source(source.matrix(), Optional.of(new CellAnnotationReader(InputLimits.DEFAULT)
                    .read(obsFile.get())));
        }
        return source;
    }

    static void run(SparkSession spark, Source source, Path out, int blockCells) {
        CellMatrix matrix = source.matrix();
        List<String> names = CellTable.unique(matrix.features().stream().map(Feature::name).toList());
        List<Row> genes = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            Feature feature = matrix.features().get(g);
            genes.add(RowFactory.create(g, feature.id(), names.get(g), feature.type()));
        }
        spark.createDataFrame(genes, CellTable.GENE_SCHEMA).coalesce(1).write().mode("overwrite")
                .parquet(CellTable.genes(out));
        List<CellColumn> obs = source.obs().map(CellAnnotations::columns).orElse(List.of());
        Map<String, Integer> obsRow = new HashMap<>();
        source.obs().ifPresent(a -> {
            for (int i = 0; i < a.barcodes().size(); i++) {
                obsRow.put(a.barcodes().get(i), i);
            }
        });
        StructType schema = CellTable.cellSchema(obs.stream().map(CellColumn::name).toList());
        String cells = CellTable.cells(out);
        for (int start = 0; start < matrix.cells(); start += blockCells) {
            List<Row> rows = new ArrayList<>();
            for (int c = start; c < Math.min(matrix.cells(), start + blockCells); c++) {
                rows.add(row(matrix, c, obs, obsRow.get(matrix.barcodes().get(c))));
            }
            spark.createDataFrame(rows, schema).coalesce(1).write().mode(start == 0 ? "overwrite" : "append")
                    .parquet(cells);
        }
    }

    private static Row row(CellMatrix matrix, int c, List<CellColumn> obs, Integer obsRow) {
        Object[] values = new Object[4 + obs.size()];
        values[0] = (long) c;
        values[1] = matrix.barcodes().get(c);
        for (int i = 0; i < obs.size(); i++) {
            values[2 + i] = obsRow == null ? null : obs.get(i).values().get(obsRow);
        }
        int n = matrix.end(c) - matrix.start(c);
        int[] genes = new int[n];
        float[] vals = new float[n];
        for (int k = 0; k < n; k++) {
            genes[k] = matrix.gene(matrix.start(c) + k);
            vals[k] = matrix.value(matrix.start(c) + k);
        }
        values[2 + obs.size()] = genes;
        values[3 + obs.size()] = vals;
        return RowFactory.create(values);
    }
}
