package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.read.anndata.SmallH5ad;

/** A broken {@code .h5ad} stops {@code sc-score} with exit 65 and one line naming the file and what was expected. */
class HostileH5adCommandTest {

    @Test
    void aDecreasingIndptrExitsWith65AndOneLine(@TempDir Path dir) throws IOException {
        Path file = SmallH5ad.write(dir.resolve("bad.h5ad"), SmallH5ad.Layout.NONE, SmallH5ad.Categories.OLD,
                f -> SmallH5ad.sparse(f.putGroup("X"), "csc_matrix", new long[] {3, 4}, new float[] {1, 2},
                        new int[] {0, 1}, new long[] {0, 2, 1, 2, 2}));
        CliRun run = CliRun.of("sc-score", file.toString(), "--method", "ucell", "--gene-sets",
                Path.of("..", "shared", "data", "genesets", "senescence_sets.gmt").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(65, run.exitCode());
        assertEquals("senescope sc-score: " + file + ": /X/indptr decreases at element 2; expected non-decreasing"
                + " offsets\n", run.err());
        assertEquals("", run.out());
    }
}
