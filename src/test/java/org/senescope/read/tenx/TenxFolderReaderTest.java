package org.senescope.read.tenx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.ValueKind;
import org.senescope.read.InputLimits;
import org.senescope.read.tenxh5.TenxH5Reader;

/** Bad 10x folders and HDF5 files are refused with exact messages; values are classified. */
class TenxFolderReaderTest {

    private static final Path FIXTURES = Path.of("../shared/data/single-cell/10x-format-examples/1.2.0");

    @TempDir
    Path dir;

    private Path folder(String matrix) throws IOException {
        Files.writeString(dir.resolve("genes.tsv"), "G1\tA\nG2\tB\nG3\tC\n");
        Files.writeString(dir.resolve("barcodes.tsv"), "AAAC-1\nAAAG-1\n");
        Files.writeString(dir.resolve("matrix.mtx"), matrix);
        return dir;
    }

    private String refusal(String matrix) throws IOException {
        Path f = folder(matrix);
        return assertThrows(InputFormatException.class, () -> new TenxFolderReader(InputLimits.DEFAULT).read(f))
                .getMessage();
    }

    private String mtx(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void readsAnUnsortedRealMatrixByCell() throws IOException {
        CellMatrix m = new TenxFolderReader(InputLimits.DEFAULT).read(folder(
                "%%MatrixMarket matrix coordinate real general\n% a comment\n3 2 3\n3 2 0.5\n1 2 1.25\n2 1 2\n"));
        assertEquals(3, m.nonZeros());
        assertEquals(2f, m.get(1, 0));
        assertEquals(1.25f, m.get(0, 1));
        assertEquals(0.5f, m.get(2, 1));
        assertEquals(0f, m.get(2, 0));
        assertEquals(1, m.start(1));
        assertEquals(ValueKind.LOG_NORMALISED, m.kind());
    }

    @Test
    void refusesBadMatrices() throws IOException {
        String header = "%%MatrixMarket matrix coordinate integer general\n";
        assertEquals(mtx("matrix.mtx") + ":1: header \"%%MatrixMarket matrix array real general\"; expected"
                        + " \"%%MatrixMarket matrix coordinate integer general\" (or real)",
                refusal("%%MatrixMarket matrix array real general\n3 2\n"));
        assertEquals(mtx("matrix.mtx") + ":4: the file ends after 2 of the 3 entries the size line (line 2)"
                + " declares; expected all of them (a truncated file?)", refusal(header + "3 2 3\n1 1 4\n2 1 1\n"));
        assertEquals(mtx("matrix.mtx") + ":4:1: row 4 out of range; expected 1 to 3, as the size line (line 2)"
                + " declares", refusal(header + "3 2 2\n1 1 4\n4 1 1\n"));
        assertEquals(mtx("matrix.mtx") + ":3:2: column 0; expected a whole number from 1",
                refusal(header + "3 2 1\n1 0 4\n").replace("\"", ""));
        assertEquals(mtx("matrix.mtx") + ":4: row 1, column 1 again (line 3 gave it); expected one entry per row"
                + " and column", refusal(header + "3 2 2\n1 1 4\n1 1 5\n"));
        assertEquals(mtx("matrix.mtx") + ": row 1, column 1 has more than one entry; expected one value per gene"
                + " and cell", refusal(header + "3 2 3\n1 1 4\n2 2 5\n1 1 5\n"));
        assertEquals(mtx("matrix.mtx") + ":3:3: value \"1.5\"; expected a whole number (the header says integer)",
                refusal(header + "3 2 1\n1 1 1.5\n"));
        assertEquals(mtx("matrix.mtx") + ":2:1: 4 rows, but genes.tsv has 3 lines; expected one row per feature",
                refusal(header + "4 2 1\n1 1 1\n"));
        assertEquals(mtx("matrix.mtx") + ":4: entry 2, more than the 1 the size line (line 2) declares; expected 1"
                + " entries", refusal(header + "3 2 1\n1 1 1\n2 1 1\n"));
    }

    @Test
    void refusesAMatrixOverTheHeapBeforeReadingIt() throws IOException {
        Path f = folder("%%MatrixMarket matrix coordinate integer general\n3 2 6\n");
        assertEquals(mtx("matrix.mtx") + ":2: 6 non-zero values need about 1 MB of Java heap to read (12 bytes"
                + " each), more than the 1 MB there are; expected a smaller matrix (or a larger heap: java -Xmx)",
                assertThrows(InputFormatException.class,
                        () -> new TenxFolderReader(InputLimits.DEFAULT, 71).read(f)).getMessage());
    }

    @Test
    void refusesHdf5WithoutAMatrixOrWithSeveralGenomes() throws IOException {
        Path h5ad = Path.of("../shared/data/single-cell/pbmc1k_v2/pbmc1k_v2.h5ad");
        assertEquals(h5ad + ": no /matrix group and no genome group (with data, indices, indptr and shape);"
                + " expected a 10x Genomics feature-barcode matrix (.h5): Cell Ranger 3's /matrix group, or Cell"
                + " Ranger 2's one group per genome",
                assertThrows(InputFormatException.class, () -> new TenxH5Reader().read(h5ad)).getMessage());
        Path several = FIXTURES.resolve("multiple_genomes.h5");
        assertEquals(several + ": 2 genomes (another_genome, hg19_chr21); expected one of them to be chosen",
                assertThrows(InputFormatException.class, () -> new TenxH5Reader().read(several)).getMessage());
        assertEquals(several + ": no genome \"mm10\"; expected one of another_genome, hg19_chr21",
                assertThrows(InputFormatException.class, () -> new TenxH5Reader().read(several, "mm10"))
                        .getMessage());
        Path text = FIXTURES.resolve("filtered_gene_bc_matrices/hg19_chr21/matrix.mtx");
        assertEquals(text + ": not an HDF5 file (no HDF5 signature at its start); expected a 10x Genomics"
                + " feature-barcode matrix (.h5): Cell Ranger 3's /matrix group, or Cell Ranger 2's one group per"
                + " genome", assertThrows(InputFormatException.class, () -> new TenxH5Reader().read(text))
                .getMessage());
    }

    @Test
    void classifiesValues() {
        assertEquals(ValueKind.COUNTS, ValueKind.of(new float[] {1, 2, 300}, 3));
        assertEquals(ValueKind.LOG_NORMALISED, ValueKind.of(new float[] {1, 2.5f, 9.2f}, 3));
        assertEquals(ValueKind.OTHER, ValueKind.of(new float[] {1, -0.5f}, 2));
        assertEquals(ValueKind.OTHER, ValueKind.of(new float[] {1.5f, 250}, 2));
    }
}
