package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.CliRequests;
import org.senescope.cytoscape.AppDriver;
import org.senescope.model.EvidenceType;
import org.senescope.model.format.NetworkFormat;

/**
 * {@code senescope network} and Apps &gt; Senescope &gt; Build run one {@link NetworkJob}: the requests they build
 * differ only in the files, and the results in nothing else; the command line prints the job's notes and writes its
 * files byte for byte, and the app puts the job's tables into Cytoscape.
 */
class NetworkJobParityTest {

    private static final String SUMMARY = "Senescence–immunity network: 58 nodes, 125 edges, 157 claims (35 finding "
            + "reported in the seed, 21 prior work the seed cites, 58 review claim, 18 hypothesis, 15 negative "
            + "finding, 10 background)";

    @TempDir
    static Path tmp;

    private static Path out;
    private static NetworkResult fromCli;
    private static NetworkResult fromApp;

    @BeforeAll
    static void runTheJobAsEachFrontEndAsks() throws Exception {
        out = tmp.resolve("out");
        fromCli = new NetworkJob().run(CliRequests.network("--out", out.toString()));
        fromApp = new NetworkJob().run(AppDriver.buildRequest());
    }

    @Test
    void theRequestsDifferOnlyInTheFiles() {
        NetworkRequest cli = CliRequests.network("--out", out.toString());
        NetworkRequest app = AppDriver.buildRequest();
        assertEquals(new NetworkRequest(NetworkRequest.Curation.BUNDLED, NetworkRequest.Genes.BUNDLED,
                FileOutput.NONE), app);
        assertEquals(new NetworkRequest(app.curation(), app.genes(),
                new FileOutput.Folder(out, "senescence-immunity", List.of(NetworkFormat.values()))), cli);
    }

    @Test
    void bothGetTheSameNetworkTablesAndNotes() {
        assertEquals(fromCli.network(), fromApp.network());
        assertEquals(58, fromApp.network().nodes().size());
        assertEquals(125, fromApp.network().edges().size());
        assertEquals(Map.of(EvidenceType.SEED_FINDING, 35L, EvidenceType.CITED_PRIOR_WORK, 21L, EvidenceType.REVIEW_CLAIM,
                58L, EvidenceType.HYPOTHESIS, 18L, EvidenceType.NEGATIVE_FINDING, 15L, EvidenceType.BACKGROUND, 10L),
                fromApp.claimsByEvidenceType());
        assertEquals(fromCli.tables(), fromApp.tables());
        assertEquals(List.of(SUMMARY), fromCli.notes());
        assertEquals(fromCli.notes(), fromApp.notes());
        assertEquals(List.of(), fromCli.warnings());
        assertEquals(fromCli.warnings(), fromApp.warnings());
    }

    @Test
    void theFileSetIsEveryFormatForTheCommandLineAndNoneForTheApp() {
        assertEquals(List.of("senescence-immunity.cx2", "senescence-immunity.xgmml", "senescence-immunity.style.xml",
                        "senescence-immunity.graphml", "senescence-immunity.sif", "senescence-immunity.nodes.tsv",
                        "senescence-immunity.edges.tsv", "senescence-immunity.cyjs"),
                fromCli.files().paths().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(out, fromCli.files().directory());
        assertEquals(List.of(), fromApp.files().paths());
    }

    @Test
    void theCommandLinePrintsTheNotesAndWritesExactlyTheJobsFiles() throws Exception {
        CliRequests.Printed run = CliRequests.run("network", "--out", out.toString());
        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        assertEquals(fromCli.notes(), run.out().subList(0, fromCli.notes().size()));
        assertEquals("Wrote 8 files to " + out + ":", run.out().get(fromCli.notes().size()));
        assertEquals(OutputBytes.of(fromCli.files()), OutputBytes.in(out));
    }

    @Test
    void theAppPutsTheJobsNodeTableIntoCytoscapeAndShowsItsNotes() throws Exception {
        AppDriver app = new AppDriver();
        app.build();
        assertEquals(OutputBytes.flat(fromApp.tables().nodes()),
                app.nodeTable(OutputBytes.columns(fromApp.tables().nodes())));
        assertEquals(List.of("INFO " + SUMMARY), app.messages().subList(0, 1));
    }
}
