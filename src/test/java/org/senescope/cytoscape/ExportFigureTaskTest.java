package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.model.Network;
import org.senescope.model.Position;
import org.w3c.dom.Document;

/** Apps > Senescope > Export figure..., from an in-memory view, read back by real SVG (XML) and PDF parsers. */
class ExportFigureTaskTest {

    private static final BundledData BUNDLED = new BundledData();

    @TempDir
    Path tmp;

    private MemoryCytoscape cytoscape;
    private SessionOverlays overlays;
    private MemoryNetwork network;
    private MemoryNetworkView view;

    @BeforeEach
    void buildTheSeedNetwork() throws Exception {
        cytoscape = new MemoryCytoscape();
        overlays = new SessionOverlays();
        network = cytoscape.buildSeedNetwork(BUNDLED);
        view = cytoscape.views.get(0);
    }

    private ExportFigureTask task(String file, String formats) {
        ExportFigureTask task = new ExportFigureTask(cytoscape.services(), BUNDLED, overlays);
        task.file = tmp.resolve("figures").resolve(file).toFile();
        task.formats = formats;
        return task;
    }

    private CyNode node(String id) {
        return network.getNodeList().stream()
                .filter(n -> id.equals(network.getRow(n).get("senescope::senescope_id", String.class)))
                .findFirst().orElseThrow();
    }

    @Test
    void drawsTheNodesTheViewShowsWhereTheViewHasThem() throws Exception {
        view.getNodeView(node("CDKN1A")).setVisualProperty(BasicVisualLexicon.NODE_X_LOCATION, 1234.5);
        view.getNodeView(node("CDKN1A")).setVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION, -56.0);
        Network drawn = DrawnNetwork.of(BUNDLED.build(), "Drawn", SenescopeNodes.of(network), view);
        assertEquals(new Position(1234.5, -56.0), drawn.layout().get("CDKN1A"));
        assertEquals(BUNDLED.build().layout().get("TP53"), drawn.layout().get("TP53"));
        assertEquals(BUNDLED.build().nodes().size(), drawn.nodes().size());
        assertEquals(BUNDLED.build().edges().size(), drawn.edges().size());
    }

    @Test
    void leavesOutTheNodesAndEdgesTheViewHides() throws Exception {
        Network model = BUNDLED.build();
        SenescopeNodes ids = SenescopeNodes.of(network);
        view.getNodeView(node("CDKN1A")).setVisualProperty(BasicVisualLexicon.NODE_VISIBLE, false);
        String hiddenEdge = model.edges().stream()
                .filter(e -> !e.sourceId().equals("CDKN1A") && !e.targetId().equals("CDKN1A"))
                .findFirst().orElseThrow().id();
        view.getEdgeView(ids.edges().get(hiddenEdge)).setVisualProperty(BasicVisualLexicon.EDGE_VISIBLE, false);
        Network drawn = DrawnNetwork.of(model, "Drawn", ids, view);
        assertTrue(drawn.node("CDKN1A").isEmpty(), "a hidden node is not drawn");
        assertEquals(model.nodes().size() - 1, drawn.nodes().size());
        long cdkn1aEdges = model.edges().stream()
                .filter(e -> e.sourceId().equals("CDKN1A") || e.targetId().equals("CDKN1A")).count();
        assertTrue(drawn.edges().stream().noneMatch(e -> e.id().equals(hiddenEdge)), "a hidden edge is not drawn");
        assertEquals(model.edges().size() - cdkn1aEdges - 1, drawn.edges().size());
    }

    @Test
    void writesSvgAndPdfThatRealParsersRead() throws Exception {
        ExportFigureTask task = task("senescence-immunity-figure.svg", "pdf");
        task.title = "Senescence and NK cells";
        task.run(new RecordingTaskMonitor());
        Path svg = tmp.resolve("figures/senescence-immunity-figure.svg");
        Path pdf = tmp.resolve("figures/senescence-immunity-figure.pdf");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, read.getNumberOfPages());
        }
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        List<String> files = new java.util.ArrayList<>();
        json.get("files").forEach(f -> files.add(f.asText()));
        assertEquals(List.of(svg.toString(), pdf.toString(), tmp.resolve("figures/senescence-immunity-figure.recipe.json")
                .toString(), tmp.resolve("figures/senescence-immunity-figure.methods.txt").toString()), files);
        String methods = Files.readString(tmp.resolve("figures/senescence-immunity-figure.methods.txt"));
        assertTrue(methods.startsWith("Senescence–immunity network (58 nodes, 21 of them gene nodes; 125 edges; built "
                + "from 5 seed documents; gene identifiers from NCBI Entrez Gene"), methods);
        assertTrue(methods.endsWith("as SVG and PDF. Its fonts are embedded in the PDF. The recipe file records the "
                + "SHA-256 checksum of every input and every parameter, the network and data by their content as the Cytoscape view "
                + "showed them.\n"),
                methods);
        assertEquals("senescope", json.get("mapping").get("network").asText());
        assertEquals("senescope::senescope_id", json.get("mapping").get("geneColumn").asText());
        assertEquals("view", json.get("mapping").get("layout").asText());
        assertEquals("none", json.get("mapping").get("overlay").asText());
    }

    @Test
    void drawsTheImportedDataWhenThereIsSome() throws Exception {
        ImportExpressionTask importTask = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        importTask.file = ImportExpressionTaskTest.LIVER.toFile();
        importTask.run(new RecordingTaskMonitor());
        task("senescence-immunity-figure.svg", "").run(new RecordingTaskMonitor());
        String withData = Files.readString(tmp.resolve("figures/senescence-immunity-figure.svg"));
        overlays = new SessionOverlays();
        ExportFigureTask withoutData = task("plain.svg", "");
        withoutData.run(new RecordingTaskMonitor());
        String without = Files.readString(tmp.resolve("figures/plain.svg"));
        assertTrue(withData.contains(">log2 fold change"), "the legend names the values");
        assertFalse(without.contains(">log2 fold change"));
    }

    @Test
    void aRenamedNetworkIsCaptionedByItsNewName() throws Exception {
        network.getRow(network).set(CyNetwork.NAME, "Senescope via CyREST");
        task("renamed.svg", "").run(new RecordingTaskMonitor());
        String methods = Files.readString(tmp.resolve("figures/renamed.methods.txt"));
        assertTrue(methods.startsWith("Senescope via CyREST (58 nodes, 21 of them gene nodes; 125 edges;"), methods);
        String svg = Files.readString(tmp.resolve("figures/renamed.svg"));
        assertTrue(svg.contains("Network: Senescope via CyREST (58 nodes, 125 edges)"), "the figure's own caption");
        assertFalse(svg.contains("Senescence–immunity network"), "the name the network was built with");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithOverwriteNamedAsTheParameter() throws Exception {
        task("again.svg", "").run(new RecordingTaskMonitor());
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> task("again.svg", "").run(new RecordingTaskMonitor()));
        assertEquals(tmp.resolve("figures/again.svg") + ": already exists; nothing written (use overwrite=true to "
                + "replace it)", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void refusesAnUnknownFormatBeforeWritingAnything() {
        ExportFigureTask task = task("figure.pdf", "svg,tiff");
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> task.run(new RecordingTaskMonitor()));
        assertEquals("formats: expected pdf, svg, png or html, found 'tiff'", e.getMessage());
        ExportFigureTask noExtension = task("figure", "");
        assertEquals("file: the name must end in .pdf, .svg, .png or .html, found 'figure'", assertThrows(
                BadRequestException.class, () -> noExtension.run(new RecordingTaskMonitor())).getMessage());
        assertFalse(Files.exists(tmp.resolve("figures")));
    }
}
