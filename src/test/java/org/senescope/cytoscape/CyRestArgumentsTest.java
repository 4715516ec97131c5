package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.work.Tunable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.InputFormatException;
import org.senescope.workflow.GseaRequest;

/**
 * The commands' parameters as RCy3 ({@code commandsPOST}) and py4cytoscape ({@code commands_post}) send them through
 * CyREST's JSON body: JSON numbers arrive as decimals, JSON booleans as booleans, quoted values as text
 * ({@link CyRestBody} applies them as Cytoscape 3.10.3 does).
 */
class CyRestArgumentsTest {

    private static final Path P53_RANKS = Path.of("../shared/reference/p53/p53_limma_t_MUT_vs_WT.rnk");
    private static final BundledData BUNDLED = new BundledData();

    /** What 3.10.3 does with a JSON number for an {@code int} Tunable: the reason whole numbers are doubles. */
    public static final class IntTunable {
        @Tunable(description = "n")
        public int n;
    }

    @Test
    void anIntTunableRefusesAJsonNumberAsCytoscapeDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CyRestBody.apply("{\"n\": 1000}", new IntTunable()));
        assertEquals("Couldn't parse value from: 1000.0 for setting: n", e.getMessage());
    }

    private static GseaRequest gsea(String body) throws Exception {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        cytoscape.buildSeedNetwork(BUNDLED);
        GeneSetAnalysisTask task = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
        task.rankFile = P53_RANKS.toFile();
        CyRestBody.apply(body, task);
        CyNetwork target = cytoscape.services().networkChoice().resolve(task.network);
        return task.request(target, OverlayTarget.of(target, "", BUNDLED));
    }

    @Test
    void wholeNumbersSentAsJsonNumbersAreTaken() throws Exception {
        GseaRequest request = gsea("{\"permutations\": 1000, \"seed\": 7, \"minSize\": 2, \"maxSize\": 4e2}");
        assertEquals(1000, request.permutations());
        assertEquals(7, request.seed());
        assertEquals(2, request.geneSets().minSize());
        assertEquals(400, request.geneSets().maxSize());
    }

    @Test
    void wholeNumbersSentAsTextAreTaken() throws Exception {
        GseaRequest request = gsea("{\"permutations\": \"1000.0\", \"seed\": \"1e3\", \"minSize\": \"2\"}");
        assertEquals(1000, request.permutations());
        assertEquals(1000, request.seed());
        assertEquals(2, request.geneSets().minSize());
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNamingTheParameter() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> gsea("{\"permutations\": 1000.5}"));
        assertEquals("permutations: expected a whole number from -2147483648 to 2147483647, found 1000.5",
                e.getMessage());
        BadRequestException seed = assertThrows(BadRequestException.class, () -> gsea("{\"seed\": 1e17}"));
        assertEquals("seed: expected a whole number from -9007199254740992 to 9007199254740992, found 1.0E17",
                seed.getMessage());
    }

    @Test
    void booleansAreTakenAsJsonBooleansAndAsText() throws Exception {
        BuildNetworkTask build = new BuildNetworkTask(new MemoryCytoscape().services(), BUNDLED);
        CyRestBody.apply("{\"createView\": false}", build);
        assertFalse(build.createView);
        CyRestBody.apply("{\"createView\": \"true\"}", build);
        assertTrue(build.createView);
        CyRestBody.apply("{\"createView\": \"FALSE\"}", build);
        assertFalse(build.createView);
    }

    @Test
    void failuresNameTheCommandsParametersAndCarryNoStack(@TempDir Path tmp) throws Exception {
        Path noValues = tmp.resolve("genes.tsv");
        Files.writeString(noValues, "gene\tnote\nCDKN1A\tup\nTP53\tdown\n");
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        cytoscape.buildSeedNetwork(BUNDLED);
        ImportExpressionTask overlay = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        CyRestBody.apply("{\"file\": \"" + noValues + "\"}", overlay);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> overlay.run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().endsWith("; found 'gene', 'note'; name one with valueColumns"), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "Cytoscape logs a thrown exception's stack; bad input has none");
        assertEquals(null, e.getCause());
    }

    @Test
    void aMissingFileIsNamedByItsParameter(@TempDir Path tmp) throws Exception {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        cytoscape.buildSeedNetwork(BUNDLED);
        GeneSetAnalysisTask gsea = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
        Path missing = tmp.resolve("deseq2.tsv");
        CyRestBody.apply("{\"rankFile\": \"" + missing + "\", \"rankBy\": \"stat\"}", gsea);
        BadRequestException e = assertThrows(BadRequestException.class, () -> gsea.run(new RecordingTaskMonitor()));
        assertEquals("rankFile: no such file: " + missing, e.getMessage());
        assertEquals(0, e.getStackTrace().length);
        ImportExpressionTask overlay = new ImportExpressionTask(cytoscape.services(), BUNDLED, new SessionOverlays());
        overlay.file = tmp.toFile();
        assertEquals("file: not a file: " + tmp, assertThrows(BadRequestException.class,
                () -> overlay.run(new RecordingTaskMonitor())).getMessage());
    }
}
