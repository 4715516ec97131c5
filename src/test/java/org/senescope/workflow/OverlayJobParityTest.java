package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.CliRequests;
import org.senescope.cytoscape.AppDriver;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.RowRecords;
import org.senescope.model.overlay.RowOutcome;

/**
 * {@code senescope overlay} and the app's Import expression data run one {@link OverlayJob}: for the same file on the
 * Senescope network the requests differ only in the files, and the values, mapping report, notes and tables are the
 * same; the command line prints the job's notes and writes its files byte for byte, and the app writes the job's
 * overlay columns into the node table and shows its notes.
 */
class OverlayJobParityTest {

    /** A real DESeq2 result (healthy vs steatosis liver, 19,053 genes); see ../shared/data/README.md. */
    private static final Path LIVER = Path.of("../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv");

    @TempDir
    static Path tmp;

    private static Path out;
    private static AppDriver app;
    private static OverlayRequest cliRequest;
    private static OverlayRequest appRequest;
    private static OverlayResult fromCli;
    private static OverlayResult fromApp;

    @BeforeAll
    static void runTheJobAsEachFrontEndAsks() throws Exception {
        out = tmp.resolve("out");
        app = new AppDriver();
        app.build();
        cliRequest = CliRequests.overlay(LIVER.toString(), "--out", out.toString(), "--name", "hs");
        appRequest = app.overlayRequest(LIVER);
        fromCli = new OverlayJob().run(cliRequest);
        fromApp = new OverlayJob().run(appRequest);
    }

    @Test
    void theRequestsDifferOnlyInTheFiles() {
        assertEquals(new OverlayRequest(new OverlayRequest.Tables(List.of(LIVER)), new OverlayRequest.Bundled(),
                OverlayOptions.defaults(), FileOutput.NONE), appRequest);
        assertEquals(new OverlayRequest(appRequest.input(), appRequest.network(), appRequest.options(),
                new FileOutput.Folder(out, "hs", List.of(NetworkFormat.values()))), cliRequest);
    }

    @Test
    void bothGetTheSameValuesReportNotesAndColumns() {
        assertEquals(withRowsHeld(fromCli.mapped()), withRowsHeld(fromApp.mapped()));
        assertEquals(Map.of(RowOutcome.USED, 24, RowOutcome.NOT_CHOSEN, 0, RowOutcome.NOT_ON_NETWORK, 18_002,
                RowOutcome.UNKNOWN_IDENTIFIER, 194, RowOutcome.AMBIGUOUS_IDENTIFIER, 30, RowOutcome.EXCEL_DAMAGED, 1,
                RowOutcome.NO_IDENTIFIER, 0, RowOutcome.NO_VALUE, 802, RowOutcome.NOT_FINITE, 0,
                RowOutcome.NOT_EXPRESSED, 0),
                fromApp.mapped().report().counts());
        assertEquals(17, fromApp.mapped().report().measuredNodes().size());
        assertEquals(2.0, fromApp.mapped().colourScale().range(), "the figures' default range in both");
        assertEquals(fromCli.notes(), fromApp.notes());
        assertEquals(LIVER + ": DESeq2, 19,053 rows; values: log2FoldChange", fromApp.notes().get(0));
        assertTrue(fromApp.notes().contains("Colours: log2 fold change (numerator not stated) in HS_DESeq2_genesymb, blue -2.0 .. white 0 .. "
                + "red +2.0; grey: not measured; wide border: adjusted p < 0.05"), String.join("\n", fromApp.notes()));
        assertEquals(List.of(), fromApp.warnings());
        assertEquals(fromCli.warnings(), fromApp.warnings());
        assertEquals(fromCli.networkColumns(), fromApp.networkColumns());
        assertEquals(fromCli.overlayColumns(), fromApp.overlayColumns());
    }

    @Test
    void theFileSetIsTheOverlaidNetworkAndItsTablesForTheCommandLineAndNoneForTheApp() {
        assertEquals(List.of("hs.cx2", "hs.xgmml", "hs.style.xml", "hs.graphml", "hs.sif", "hs.nodes.tsv",
                        "hs.edges.tsv", "hs.cyjs", "hs.overlay.tsv", "hs.mapping-report.tsv", "hs.modules.tsv",
                        "hs.edge-consistency.tsv"),
                fromCli.files().paths().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(), fromApp.files().paths());
    }

    @Test
    void theCommandLinePrintsTheNotesAndWritesExactlyTheJobsFiles() throws Exception {
        CliRequests.Printed run = CliRequests.run("overlay", LIVER.toString(), "--out", out.toString(), "--name", "hs");
        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        assertEquals(fromCli.notes(), run.out().subList(0, fromCli.notes().size()));
        assertEquals("Wrote 12 files to " + out + ":", run.out().get(fromCli.notes().size()));
        assertEquals(OutputBytes.of(fromCli.files()), OutputBytes.in(out));
    }

    @Test
    void theAppWritesTheJobsOverlayColumnsIntoTheNodeTableAndShowsItsNotes() throws Exception {
        app.importExpression(LIVER);
        // The member chart carries its cells' colours, not column names, so the app's columns are the job's as they are.
        Map<String, Map<String, String>> expected = OutputBytes.flat(fromApp.overlayColumns().nodes());
        assertTrue(expected.get("IL12").get("overlay_member_chart").startsWith("org.cytoscape.BarChart"));
        assertEquals(expected, app.nodeTable(OutputBytes.columns(fromApp.overlayColumns().nodes())));
        List<String> shown = app.messages();
        List<String> notes = fromApp.notes().stream().map(n -> "INFO " + n).toList();
        assertEquals(notes, shown.subList(shown.size() - notes.size(), shown.size()));
    }

    @Test
    void aMatrixWithGroupsIsCommandLineOnlyAndPrintsAndWritesExactlyTheJobsResult() throws Exception {
        String gct = "../shared/data/gsea-p53/P53_collapsed_symbols.gct";
        String cls = "../shared/data/gsea-p53/P53.cls";
        Path grouped = tmp.resolve("grouped");
        String[] args = {gct, "--groups", cls, "--contrast", "MUT-WT", "--log2", "--out", grouped.toString(), "--name",
                "p53"};
        OverlayResult job = new OverlayJob().run(CliRequests.overlay(args));
        assertEquals("Groups: " + cls + " (CLS): 33 MUT, 17 WT", job.notes().get(0));
        assertEquals(List.of("MUT-WT"), job.mapped().overlay().conditions());
        String[] command = new String[args.length + 1];
        command[0] = "overlay";
        System.arraycopy(args, 0, command, 1, args.length);
        CliRequests.Printed run = CliRequests.run(command);
        assertEquals(0, run.exitCode(), String.join("\n", run.err()));
        assertEquals(job.notes(), run.out().subList(0, job.notes().size()));
        assertEquals(job.warnings().stream().map(w -> "senescope overlay: " + w).toList(), run.err());
        assertEquals(OutputBytes.of(job.files()), OutputBytes.in(grouped));
        assertTrue(OutputBytes.in(grouped).containsKey("p53.contrast.tsv"));
    }

    /** The result with its report's rows read into memory, which compare by value (replayed rows do not). */
    private static MappedOverlay withRowsHeld(MappedOverlay m) {
        MappingReport r = m.report();
        return new MappedOverlay(m.overlay(), new MappingReport(r.inputs(), r.columns(), RowRecords.of(r.rows().list()),
                r.nodes(), r.duplicates(), r.excelRepaired(), r.expression()), m.modules(), m.edges(), m.colourScale(), m.threshold());
    }
}
