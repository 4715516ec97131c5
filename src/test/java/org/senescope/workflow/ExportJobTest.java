package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.failure.BadRequestException;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.data.ModuleScore;
import org.senescope.model.data.ModuleScores;
import org.senescope.model.format.NetworkFormat;

/** The export job: one output set per request, the layer's columns in every format that can carry them. */
class ExportJobTest {

    private static final Path DIR = Path.of("exports");

    private static Network network;
    private static ModuleScores scores;

    @BeforeAll
    static void build() {
        network = SenescenceImmunityNetwork.buildBundled();
        String module = network.modules().get(0).id();
        scores = new ModuleScores("GSEA", "preranked GSEA", "NES", "q", "gsea.tsv",
                List.of(new ModuleScore(module, 1.5, 0.001, 0.01, 12)));
    }

    @Test
    void eachFormatOnceInTheOrderAskedMainFileFirst() {
        ExportResult result = ExportJob.run(new ExportRequest(network, NetworkLayer.PLAIN,
                new FileOutput.Folder(DIR, "net", List.of(NetworkFormat.SIF, NetworkFormat.CX2, NetworkFormat.SIF))));
        assertEquals(List.of(DIR.resolve("net.sif"), DIR.resolve("net.nodes.tsv"), DIR.resolve("net.edges.tsv"),
                DIR.resolve("net.cx2")), result.files().paths());
        assertEquals(DIR, result.files().directory());
        assertEquals(ExportJob.tables(network, NetworkLayer.PLAIN), result.tables());
    }

    @Test
    void moduleScoresAreColumnsOfTheNodeTable() {
        ExportResult result = ExportJob.run(new ExportRequest(network, new NetworkLayer.ModuleScored(scores),
                new FileOutput.Folder(DIR, "gsea-modules", List.of(NetworkFormat.XGMML, NetworkFormat.CYJS))));
        assertEquals(List.of(DIR.resolve("gsea-modules.xgmml"), DIR.resolve("gsea-modules.style.xml"),
                DIR.resolve("gsea-modules.cyjs")), result.files().paths());
        assertTrue(result.tables().nodes().column("module_score").isPresent());
        assertTrue(ExportJob.tables(network, NetworkLayer.PLAIN).nodes().column("module_score").isEmpty());
    }

    @Test
    void moduleScoresInSifAreARequestTheJobCannotRun() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> ExportJob.run(new ExportRequest(network,
                new NetworkLayer.ModuleScored(scores), new FileOutput.Folder(DIR, "x", List.of(NetworkFormat.SIF)))));
        assertEquals("module scores are not carried in sif; use cx2, xgmml, graphml or cyjs", e.getMessage());
    }

    @Test
    void aBaseNameThatIsNoPlainFileNameIsRefused() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> new FileOutput.Folder(DIR, "a/b", List.of(NetworkFormat.CX2)));
        assertEquals("the base name of the files must be a plain file name, found 'a/b'", e.getMessage());
    }
}
