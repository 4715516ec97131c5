package org.senescope.workflow;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import org.senescope.failure.BadRequestException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The data's default name looks past the folder and file names Cell Ranger gives every sample. */
class CellDataChoiceTest {

    @Test
    void cellRangersOwnNamesGiveWayToTheEnclosingFolder() {
        assertEquals("pbmc1k_v2", CellDataChoice.defaultName(Path.of("/d/pbmc1k_v2/filtered_feature_bc_matrix")));
        assertEquals("pbmc1k_v2", CellDataChoice.defaultName(Path.of("/d/pbmc1k_v2/filtered_feature_bc_matrix.h5")));
        assertEquals("tumour3", CellDataChoice.defaultName(Path.of("/d/tumour3/outs/raw_feature_bc_matrix/")));
        assertEquals("hg19_chr21", CellDataChoice.defaultName(Path.of("/d/filtered_gene_bc_matrices/hg19_chr21")));
        assertEquals("pbmc1k_v2.h5ad", CellDataChoice.defaultName(Path.of("pbmc1k_v2.h5ad")));
        assertEquals("filtered_feature_bc_matrix", CellDataChoice.defaultName(Path.of("/filtered_feature_bc_matrix")));
    }

    @Test
    void aGivenNameIsKeptStrippedAndABlankOneIsRefused() {
        assertEquals("PBMC 1k", new CellDataChoice(Path.of("x"), new CellDataChoice.Whole(), " PBMC 1k ").name());
        assertEquals("pbmc1k_v2", new CellDataChoice(Path.of("pbmc1k_v2/filtered_feature_bc_matrix"),
                new CellDataChoice.Whole()).name());
        assertEquals("--data-name must not be blank", assertThrows(BadRequestException.class,
                () -> new CellDataChoice(Path.of("x"), new CellDataChoice.Whole(), "  ")).getMessage());
    }
}
