package org.senescope.read.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.model.cell.ValueKind;
import org.senescope.read.InputLimits;
import org.senescope.read.tenx.TenxFolderReader;
import org.senescope.read.tenxh5.TenxH5Reader;

/** The real single-cell files of ../shared/data/single-cell (see its README.md) read the same in every format. */
class SingleCellFormatsTest {

    static final Path DATA = Path.of("../shared/data/single-cell");
    static final Path PBMC = DATA.resolve("pbmc1k_v2");
    static final Path SCANPY = DATA.resolve("10x-format-examples");

    static CellMatrix pbmcMtx() throws IOException {
        return new TenxFolderReader(InputLimits.DEFAULT).read(PBMC.resolve("filtered_feature_bc_matrix"));
    }

    /** The PBMC 1k counts as the README gives them, and values at sampled positions. */
    static void assertPbmc(CellMatrix m) {
        assertEquals(33538, m.genes());
        assertEquals(996, m.cells());
        assertEquals(1_102_741, m.nonZeros());
        assertEquals(3_524_098.0, m.total());
        assertEquals(ValueKind.COUNTS, m.kind());
        assertEquals("AAACCTGAGCGCTCCA-1", m.barcodes().get(0));
    }

    @Test
    void pbmcFolderHoldsTheReadmeCounts() throws IOException {
        CellMatrix m = pbmcMtx();
        assertPbmc(m);
        assertEquals(new Feature("MIR1302-2HG", "MIR1302-2HG", "Gene Expression"), m.features().get(0));
    }

    @Test
    void pbmcH5EqualsTheFolder() throws IOException {
        CellMatrix mtx = pbmcMtx();
        CellMatrix h5 = new TenxH5Reader().read(PBMC.resolve("filtered_feature_bc_matrix.h5"));
        assertPbmc(h5);
        assertSame(mtx, h5);
        assertEquals(mtx.features(), h5.features());
    }

    /** Same barcodes and every stored entry equal, cell by cell. */
    static void assertSame(CellMatrix expected, CellMatrix actual) {
        assertEquals(expected.barcodes(), actual.barcodes());
        assertEquals(expected.nonZeros(), actual.nonZeros());
        for (int c = 0; c < expected.cells(); c++) {
            assertEquals(expected.start(c), actual.start(c), "cell " + c);
            for (int k = expected.start(c); k < expected.end(c); k++) {
                if (expected.gene(k) != actual.gene(k) || expected.value(k) != actual.value(k)) {
                    assertEquals(expected.gene(k) + "=" + expected.value(k), actual.gene(k) + "=" + actual.value(k),
                            "entry " + k + " of cell " + c);
                }
            }
        }
    }

    @Test
    void scanpyFixturesReadTheSameFromEachFormat() throws IOException {
        CellMatrix v2 = new TenxFolderReader(InputLimits.DEFAULT)
                .read(SCANPY.resolve("1.2.0/filtered_gene_bc_matrices/hg19_chr21"));
        assertEquals(List.of(343, 12, 12), List.of(v2.genes(), v2.cells(), v2.nonZeros()));
        assertEquals(Feature.GENE_EXPRESSION, v2.features().get(0).type());
        CellMatrix v2h5 = new TenxH5Reader().read(SCANPY.resolve("1.2.0/filtered_gene_bc_matrices_h5.h5"));
        assertSame(v2, v2h5);
        assertEquals(v2.features(), v2h5.features());
        CellMatrix chosen = new TenxH5Reader().read(SCANPY.resolve("1.2.0/multiple_genomes.h5"), "hg19_chr21");
        assertSame(v2, chosen);

        CellMatrix v3 = new TenxFolderReader(InputLimits.DEFAULT).read(SCANPY.resolve("3.0.0/filtered_feature_bc_matrix"));
        assertEquals(List.of(507, 1107, 23866), List.of(v3.genes(), v3.cells(), v3.nonZeros()));
        assertEquals(new Feature("ENSG00000279493", "CH507-9B2.2", "Gene Expression"), v3.features().get(0));
        CellMatrix v3h5 = new TenxH5Reader().read(SCANPY.resolve("3.0.0/filtered_feature_bc_matrix.h5"));
        assertSame(v3, v3h5);
        assertEquals(v3.features(), v3h5.features());
    }
}
