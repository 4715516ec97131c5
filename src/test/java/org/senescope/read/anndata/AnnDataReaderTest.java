package org.senescope.read.anndata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

import io.jhdf.WritableHdfFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellColumn;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;

/**
 * AnnData layouts and hostile files, on small {@code .h5ad} files written with jhdf's writer ({@link SmallH5ad}):
 * dense, CSR and CSC X, {@code raw/X} and {@code layers/NAME}, categorical obs columns in both layouts; and one exact
 * message for each broken file.
 */
class AnnDataReaderTest {

    private static final Consumer<WritableHdfFile> NOTHING = f -> { };

    private static void assertMatrix(float[][] expected, CellMatrix m) {
        assertEquals(expected.length, m.cells());
        assertEquals(expected[0].length, m.genes());
        int nonZeros = 0;
        for (int c = 0; c < expected.length; c++) {
            for (int g = 0; g < expected[0].length; g++) {
                assertEquals(expected[c][g], m.get(g, c), "cell " + c + ", gene " + g);
                nonZeros += expected[c][g] != 0 ? 1 : 0;
            }
        }
        assertEquals(nonZeros, m.nonZeros());
        assertEquals(List.of("c1", "c2", "c3"), m.barcodes());
    }

    @Test
    void denseCsrAndCscXReadAsTheSameMatrix(@TempDir Path dir) throws IOException {
        for (SmallH5ad.Layout layout : List.of(SmallH5ad.Layout.DENSE, SmallH5ad.Layout.CSR,
                SmallH5ad.Layout.CSC)) {
            Path file = SmallH5ad.write(dir.resolve(layout + ".h5ad"), layout, SmallH5ad.Categories.GROUP, NOTHING);
            AnnData data = new AnnDataReader().read(file, AnnDataMatrix.X);
            assertMatrix(SmallH5ad.X, data.matrix());
            assertEquals(new Feature("E2", "G2", Feature.GENE_EXPRESSION), data.matrix().features().get(1));
        }
    }

    @Test
    void rawAndLayersAreChosenWithTheirOwnGenes(@TempDir Path dir) throws IOException {
        Path file = SmallH5ad.write(dir.resolve("a.h5ad"), SmallH5ad.Layout.CSC, SmallH5ad.Categories.GROUP,
                NOTHING);
        CellMatrix raw = new AnnDataReader().read(file, AnnDataMatrix.RAW).matrix();
        assertMatrix(new float[][] {{10, 0, 0, 20, 0}, {0, 30, 0, 0, 0}, {40, 0, 50, 0, 0}}, raw);
        assertEquals(List.of("R1", "R2", "R3", "R4", "R5"), raw.features().stream().map(Feature::name).toList());
        assertEquals("ER5", raw.features().get(4).id());
        CellMatrix counts = new AnnDataReader().read(file, AnnDataMatrix.layer("counts")).matrix();
        assertMatrix(new float[][] {{2, 0, 0, 3}, {0, 4, 0, 0}, {5, 0, 6, 0}}, counts);
        InputFormatException none = assertThrows(InputFormatException.class,
                () -> new AnnDataReader().read(file, AnnDataMatrix.layer("spliced")));
        assertEquals(file + ": no /layers/spliced; expected an AnnData .h5ad file (anndata 0.7 or later)",
                none.getMessage());
    }

    @Test
    void categoricalObsReadsTheSameInBothLayouts(@TempDir Path dir) throws IOException {
        for (SmallH5ad.Categories layout : SmallH5ad.Categories.values()) {
            Path file = SmallH5ad.write(dir.resolve(layout + ".h5ad"), SmallH5ad.Layout.CSR, layout, NOTHING);
            AnnData data = new AnnDataReader().read(file, AnnDataMatrix.X);
            assertEquals(List.of("c1", "c2", "c3"), data.obs().barcodes());
            assertEquals(new CellColumn("cell_type", List.of("T", "NK", ""), List.of("NK", "T")),
                    data.obs().column("cell_type").orElseThrow(), layout.name());
            assertEquals(new CellColumn("n_counts", List.of("3", "3", "9"), List.of()),
                    data.obs().column("n_counts").orElseThrow());
        }
    }

    private static String failure(Path dir, String name, SmallH5ad.Layout layout,
                                  Consumer<WritableHdfFile> spoil) throws IOException {
        Path file = SmallH5ad.write(dir.resolve(name), layout, SmallH5ad.Categories.GROUP, spoil);
        return assertThrows(InputFormatException.class, () -> new AnnDataReader().read(file, AnnDataMatrix.X))
                .getMessage().replace(file.toString(), name);
    }

    @Test
    void wrongShapeAttributeIsNamed(@TempDir Path dir) throws IOException {
        assertEquals("shape.h5ad: /X has shape [4, 3]; expected [3, 4] (cells x genes, as obs and var)",
                failure(dir, "shape.h5ad", SmallH5ad.Layout.NONE, f -> SmallH5ad.sparse(f.putGroup("X"),
                        "csr_matrix", new long[] {4, 3}, new float[] {1}, new int[] {0}, new long[] {0, 1, 1, 1, 1})));
    }

    @Test
    void negativeIndexIsNamed(@TempDir Path dir) throws IOException {
        assertEquals("negative.h5ad: /X/indices holds -1 at element 1; expected 0 to 3 (the genes)",
                failure(dir, "negative.h5ad", SmallH5ad.Layout.NONE, f -> SmallH5ad.sparse(f.putGroup("X"),
                        "csr_matrix", new long[] {3, 4}, new float[] {1, 2, 3}, new int[] {0, -1, 1},
                        new long[] {0, 2, 3, 3})));
    }

    @Test
    void indptrThatGoesBackIsNamed(@TempDir Path dir) throws IOException {
        assertEquals("indptr.h5ad: /X/indptr decreases at element 2; expected non-decreasing offsets",
                failure(dir, "indptr.h5ad", SmallH5ad.Layout.NONE, f -> SmallH5ad.sparse(f.putGroup("X"),
                        "csr_matrix", new long[] {3, 4}, new float[] {1, 2, 3}, new int[] {0, 1, 2},
                        new long[] {0, 3, 1, 3})));
    }

    @Test
    void truncatedFileIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path file = SmallH5ad.write(dir.resolve("cut.h5ad"), SmallH5ad.Layout.CSR, SmallH5ad.Categories.GROUP,
                NOTHING);
        long whole = Files.size(file);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(whole / 2);
        }
        String message = assertThrows(InputFormatException.class,
                () -> new AnnDataReader().read(file, AnnDataMatrix.X)).getMessage();
        assertEquals(String.format(java.util.Locale.ROOT, "cut.h5ad: truncated: %,d bytes, but its HDF5 superblock "
                + "says the file is %,d bytes long; expected the whole file (copy or download it again)", whole / 2,
                whole), message.replace(file.toString(), "cut.h5ad"));
    }
}
