package org.senescope.read.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.model.cell.ValueKind;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.read.InputLimits;
import org.senescope.read.anndata.AnnData;
import org.senescope.read.anndata.AnnDataMatrix;
import org.senescope.read.anndata.AnnDataReader;
import org.senescope.read.cellmeta.CellAnnotationReader;
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
    void pbmcAnnDataEqualsTheFolderAndItsObsTheAnnotationTable() throws IOException {
        CellMatrix mtx = pbmcMtx();
        AnnData h5ad = new AnnDataReader().read(PBMC.resolve("pbmc1k_v2.h5ad"), AnnDataMatrix.X);
        assertPbmc(h5ad.matrix());
        assertSame(mtx, h5ad.matrix());
        int renamed = 0;
        for (int g = 0; g < mtx.genes(); g++) {
            Feature f = h5ad.matrix().features().get(g);
            assertEquals(mtx.features().get(g).id(), f.id());
            assertEquals("Gene Expression", f.type());
            if (!f.name().equals(mtx.features().get(g).name())) {
                assertEquals(mtx.features().get(g).name() + "-1", f.name());
                renamed++;
            }
        }
        assertEquals(24, renamed, "the README's 24 repeated symbols, made unique anndata-style");

        CellAnnotations table = new CellAnnotationReader(InputLimits.DEFAULT).read(PBMC.resolve("cell_annotations.tsv"));
        assertEquals(table.barcodes(), h5ad.obs().barcodes());
        assertEquals(mtx.barcodes(), table.barcodes());
        for (String name : List.of("cluster", "cell_type", "cell_type_coarse")) {
            CellColumn categorical = h5ad.obs().column(name).orElseThrow();
            assertEquals(true, categorical.categorical(), name);
            assertEquals(table.column(name).orElseThrow().values(), categorical.values(), name);
        }
        assertEquals(List.of("B", "CD14 Mono", "CD4 T", "CD8 T", "FCGR3A Mono", "NK", "Platelet"),
                h5ad.obs().column("cell_type").orElseThrow().categories());
        assertEquals(345, h5ad.obs().column("cell_type").orElseThrow().values().stream()
                .filter("CD4 T"::equals).count());
        assertEquals(table.column("n_counts").orElseThrow().values(),
                h5ad.obs().column("n_counts").orElseThrow().values());
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
