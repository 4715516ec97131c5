package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeEach;
import org.cytoscape.model.CyNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.NodeKind;
import org.senescope.model.Sign;
import org.senescope.model.data.Overlay;
import org.senescope.model.format.FigureFormat;
import org.senescope.workflow.FigureData;
import org.senescope.workflow.FigureJob;
import org.senescope.workflow.FigureResult;
import org.senescope.render.FigureScene;
import org.senescope.model.figure.PhysicalLength;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Export figure on a network Senescope did not build, as a user opens one from a SIF or a pathway file: read from its
 * tables and view, written through the real renderer, and read back by the JDK's XML parser, ImageIO and PDFBox.
 */
class ForeignNetworkFigureTest {

    private static final BundledData BUNDLED = new BundledData();

    @TempDir
    Path tmp;

    private MemoryCytoscape cytoscape;
    private SessionOverlays overlays;
    private MemoryNetwork network;
    private final Map<String, CyNode> nodes = new LinkedHashMap<>();

    @BeforeEach
    void openAPathwayNetwork() {
        cytoscape = new MemoryCytoscape();
        overlays = new SessionOverlays();
        network = ForeignNetworkImportTest.network(cytoscape, "p53 pathway",
                List.of("TP53", "CDKN1A", "CCL2", "MYC", "senescence"), Map.of());
        network.getNodeList().forEach(n -> nodes.put(network.getRow(n).get("name", String.class), n));
        edge("TP53", "CDKN1A", "activates");
        edge("MYC", "CDKN1A", "inhibits");
        edge("CCL2", "senescence", "pp");
        edge("TP53", "CDKN1A", "activates");
        edge("TP53", "TP53", "activates");
        MemoryNetworkView view = (MemoryNetworkView) cytoscape.createNetworkView(network);
        cytoscape.addNetworkView(view);
        double[][] at = {{0, 0}, {200, 0}, {0, 150}, {200, 150}, {100, 300}};
        int i = 0;
        for (CyNode node : nodes.values()) {
            view.getNodeView(node).setVisualProperty(BasicVisualLexicon.NODE_X_LOCATION, at[i][0]);
            view.getNodeView(node).setVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION, at[i][1]);
            i++;
        }
    }

    private CyEdge edge(String source, String target, String interaction) {
        CyEdge edge = network.addEdge(nodes.get(source), nodes.get(target), true);
        network.getRow(edge).set("name", source + " (" + interaction + ") " + target);
        network.getRow(edge).set("interaction", interaction);
        return edge;
    }

    private ExportFigureTask task(String file, String formats) {
        ExportFigureTask task = new ExportFigureTask(cytoscape.services(), BUNDLED, overlays);
        task.file = tmp.resolve("figures").resolve(file).toFile();
        task.formats = formats;
        return task;
    }

    private void importLiverData() throws Exception {
        ImportExpressionTask importTask = new ImportExpressionTask(cytoscape.services(), BUNDLED, overlays);
        importTask.file = ImportExpressionTaskTest.LIVER.toFile();
        importTask.run(new RecordingTaskMonitor());
    }

    private FigureDrawing drawing() {
        return FigureDrawing.of(network, cytoscape.views.get(0), overlays.of(network.getSUID()), BUNDLED);
    }

    /** The text of every {@code <text>} element, as an SVG reader sees it. */
    private static List<String> svgTexts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            found.add(texts.item(i).getTextContent().strip());
        }
        return found;
    }

    @Test
    void genesAreGenesOtherNodesRectanglesAndOnlyStatedSignsGetHeads() throws Exception {
        ViewedNetwork viewed = ViewedNetwork.of(network, cytoscape.views.get(0),
                ViewedNetwork.GeneColumn.of(NodeIdentifierColumns.detect(network, BUNDLED.genes()).get(0)));
        Network drawn = viewed.network();
        assertEquals(List.of(NodeKind.GENE, NodeKind.GENE, NodeKind.GENE, NodeKind.GENE, NodeKind.PROCESS),
                drawn.nodes().stream().map(n -> n.kind()).toList());
        assertEquals(List.of("CDKN1A"), drawn.node("CDKN1A").orElseThrow().humanSymbols());
        assertEquals(List.of("1026"), drawn.node("CDKN1A").orElseThrow().entrezIds());
        assertEquals(Map.of("TP53 (activates) CDKN1A", Sign.POSITIVE, "MYC (inhibits) CDKN1A", Sign.NEGATIVE,
                        "CCL2 (associated with) senescence", Sign.NONE),
                drawn.edges().stream().collect(Collectors.toMap(Edge::id, Edge::sign)));
        assertTrue(drawn.edges().stream().allMatch(e -> e.evidenceTypes().equals(java.util.Set.of(EvidenceType.BACKGROUND))),
                "no edge of the network was curated by Senescope");
        assertEquals(2, viewed.skippedEdges(), "the repeated TP53 -> CDKN1A edge and the TP53 self-loop");
        assertEquals(new org.senescope.model.Position(200, 150), drawn.layout().get("MYC"));
        assertEquals("Rectangles (legend: 'process') are nodes naming no gene; edges are the Cytoscape network's own, "
                + "not curated by Senescope (drawn as background), signed only where their sign or interaction "
                + "column says activates or inhibits; node positions are the Cytoscape view's.", viewed.caption());
    }

    @Test
    void leavesOutTheNodesAndEdgesTheViewHides() {
        MemoryNetworkView view = cytoscape.views.get(0);
        CyNode ccl2 = network.getNodeList().stream()
                .filter(n -> "CCL2".equals(network.getRow(n).get(CyNetwork.NAME, String.class))).findFirst().orElseThrow();
        view.getNodeView(ccl2).setVisualProperty(BasicVisualLexicon.NODE_VISIBLE, false);
        CyEdge myc = network.getEdgeList().get(1);
        view.getEdgeView(myc).setVisualProperty(BasicVisualLexicon.EDGE_VISIBLE, false);
        ViewedNetwork viewed = ViewedNetwork.of(network, view,
                ViewedNetwork.GeneColumn.of(NodeIdentifierColumns.detect(network, BUNDLED.genes()).get(0)));
        assertTrue(viewed.network().node("CCL2").isEmpty(), "a hidden node is not drawn");
        assertEquals(List.of("TP53 (activates) CDKN1A"), viewed.network().edges().stream().map(Edge::id).toList(),
                "the hidden MYC edge and CCL2's edge are left out");
        assertEquals(4, viewed.skippedEdges());
    }

    @Test
    void aSignColumnWinsOverTheInteractionAndNumbersCount() {
        network.getDefaultEdgeTable().createColumn("Sign", Integer.class, false);
        List<CyEdge> edges = network.getEdgeList();
        network.getRow(edges.get(0)).set("Sign", -1);
        network.getRow(edges.get(2)).set("Sign", 1);
        EdgeSigns signs = EdgeSigns.of(network);
        assertEquals(Sign.NEGATIVE, signs.of(edges.get(0)), "the sign column's -1 over 'activates'");
        assertEquals(Sign.NEGATIVE, signs.of(edges.get(1)), "no sign: the interaction's 'inhibits'");
        assertEquals(Sign.POSITIVE, signs.of(edges.get(2)), "the sign column's 1 over 'pp'");
        assertEquals("Sign, interaction", signs.columnsRead());
    }

    @Test
    void writesPngSvgAndPdfWithLabelsAndLegendAndSaysHowItReadTheNetwork() throws Exception {
        ExportFigureTask task = task("pathway.svg", "png,pdf,html");
        task.run(new RecordingTaskMonitor());
        Path svg = tmp.resolve("figures/pathway.svg");
        List<String> texts = svgTexts(svg);
        for (String label : List.of("TP53", "CDKN1A", "CCL2", "MYC", "senescence", "Node kind", "gene", "process",
                "Edge", "activates", "inhibits")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertFalse(texts.contains("log2 fold change"));
        BufferedImage png = ImageIO.read(tmp.resolve("figures/pathway.png").toFile());
        assertEquals(PhysicalLength.DOUBLE_COLUMN.pixels(300), png.getWidth(), "180 mm at 300 dpi");
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("figures/pathway.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(Path.of(f.asText()).getFileName().toString()));
        assertEquals(List.of("pathway.svg", "pathway.png", "pathway.pdf", "pathway.html", "pathway.recipe.json",
                "pathway.methods.txt"), files, "the figure in each format, then its recipe and methods text");
        assertTrue(Files.readString(tmp.resolve("figures/pathway.html")).contains("\"senescence\""),
                "the interactive page holds the non-gene node too");
        JsonNode mapping = json.get("mapping");
        assertEquals("cytoscape", mapping.get("network").asText());
        assertEquals("name", mapping.get("geneColumn").asText());
        assertEquals("node column 'name': HGNC symbol (human), 4 of 5 nodes name a gene", mapping.get("genes").asText());
        assertEquals(List.of(4, 1, 2, 1, 2), List.of(mapping.get("geneNodes").asInt(), mapping.get("otherNodes").asInt(),
                mapping.get("signedEdges").asInt(), mapping.get("unsignedEdges").asInt(),
                mapping.get("skippedEdges").asInt()));
        assertEquals("interaction", mapping.get("edgeSignColumns").asText());
        assertEquals("view", mapping.get("layout").asText());
        assertEquals("none", mapping.get("overlay").asText());
    }

    @Test
    void drawsTheImportedDataOnTheNodesThatCarryIt() throws Exception {
        importLiverData();
        Overlay drawn = ((FigureData.Imported) drawing().data()).overlay();
        for (String gene : List.of("TP53", "CDKN1A", "CCL2")) {
            CyNode node = nodes.get(gene);
            assertEquals(network.getRow(node).get("senescope::overlay_value", Double.class),
                    drawn.node(gene).orElseThrow().measurements().get(0).value(), gene);
        }
        assertTrue(drawn.node("senescence").isEmpty());
        ExportFigureTask task = task("pathway-liver.svg", "png");
        task.run(new RecordingTaskMonitor());
        List<String> texts = svgTexts(tmp.resolve("figures/pathway-liver.svg"));
        assertTrue(texts.contains("log2 fold change (numerator not stated)"), texts.toString());
        assertTrue(texts.contains("not measured"), texts.toString());
        assertTrue(texts.contains("Significance"), texts.toString());
        JsonNode mapping = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON()).get("mapping");
        assertEquals("HS_DESeq2_genesymb.tsv", mapping.get("overlay").asText());
        assertEquals(4, mapping.get("measuredNodes").asInt(), "TP53, CDKN1A, CCL2 and MYC; not 'senescence'");
        // Kept in the build folder (beside test-classes) for a person to look at.
        Path look = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                .resolve("figures/foreign-network-liver.png");
        Files.createDirectories(look.getParent());
        Files.copy(tmp.resolve("figures/pathway-liver.png"), look, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void overlayColumnsFromAnEarlierSessionAreNamedNotDrawn() throws Exception {
        importLiverData();
        overlays = new SessionOverlays();
        ExportFigureTask task = task("later.svg", "");
        RecordingTaskMonitor monitor = new RecordingTaskMonitor();
        task.run(monitor);
        assertTrue(monitor.messages.contains("WARN No data drawn: " + FigureDrawing.UNSEEN_COLUMNS),
                monitor.messages.toString());
        JsonNode mapping = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON()).get("mapping");
        assertEquals("none: " + FigureDrawing.UNSEEN_COLUMNS, mapping.get("overlay").asText());
    }

    @Test
    void aViewWithoutPositionsGetsTheAutomaticLayout() throws Exception {
        MemoryNetworkView view = cytoscape.views.get(0);
        for (CyNode node : nodes.values()) {
            view.getNodeView(node).setVisualProperty(BasicVisualLexicon.NODE_X_LOCATION, 0.0);
            view.getNodeView(node).setVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION, 0.0);
        }
        FigureDrawing drawing = drawing();
        FigureResult figure = FigureJob.run(drawing.request("", List.of(FigureFormat.SVG), tmp, "unplaced"));
        assertTrue(figure.options().layout().automatic());
        FigureScene scene = FigureScene.compose(drawing.network(), figure.options());
        assertEquals(nodes.size(), scene.nodeBoxesInFigure().stream()
                .map(b -> List.of(b.getCenterX(), b.getCenterY())).distinct().count(), "no two nodes on one spot");
        ExportFigureTask task = task("unplaced.svg", "");
        task.run(new RecordingTaskMonitor());
        JsonNode mapping = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON()).get("mapping");
        assertEquals("automatic force-directed layout (Fruchterman–Reingold, seed 1): the view places every node at "
                + "one point", mapping.get("layout").asText());
    }

    @Test
    void nodesWithOneNameAreTwoNodesAndBlankNamesTakeTheirSuid() throws Exception {
        network.getRow(nodes.get("MYC")).set("name", "TP53");
        network.getRow(nodes.get("senescence")).set("name", "");
        Network drawn = drawing().network();
        assertEquals(List.of("TP53 [SUID " + nodes.get("TP53").getSUID() + "]", "CDKN1A", "CCL2",
                        "TP53 [SUID " + nodes.get("MYC").getSUID() + "]", "SUID " + nodes.get("senescence").getSUID()),
                drawn.nodes().stream().map(n -> n.id()).toList());
        assertEquals("TP53", drawn.nodes().get(3).label());
    }

    @Test
    void cancelledBeforeWritingWritesNothing() throws Exception {
        ExportFigureTask task = task("cancelled.svg", "png,pdf");
        task.cancel();
        task.run(new RecordingTaskMonitor());
        assertFalse(Files.exists(tmp.resolve("figures")));
        assertNull(task.getResults(JSONResult.class));
    }

    @Test
    void aNetworkNamingNoGeneIsStillDrawnAllRectangles() throws Exception {
        MemoryNetwork words = ForeignNetworkImportTest.network(cytoscape, "concepts",
                List.of("senescence", "radiotherapy", "inflammation"), Map.of());
        cytoscape.addNetworkView(cytoscape.createNetworkView(words));
        ExportFigureTask task = task("concepts.svg", "");
        task.run(new RecordingTaskMonitor());
        List<String> texts = svgTexts(tmp.resolve("figures/concepts.svg"));
        assertTrue(texts.containsAll(List.of("senescence", "radiotherapy", "inflammation", "process")), texts.toString());
        assertFalse(texts.contains("gene"), texts.toString());
        JsonNode mapping = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON()).get("mapping");
        assertEquals("", mapping.get("geneColumn").asText());
        assertEquals("no node column names a gene", mapping.get("genes").asText());
        assertEquals(3, mapping.get("otherNodes").asInt());
    }

    @Test
    void aViewShowingNoNodeIsRefused() {
        MemoryNetwork empty = ForeignNetworkImportTest.network(cytoscape, "empty", List.of(), Map.of());
        cytoscape.addNetworkView(cytoscape.createNetworkView(empty));
        ExportFigureTask task = task("empty.svg", "");
        assertEquals("The view of 'empty' shows no node; nothing to draw",
                assertThrows(BadRequestException.class, () -> task.run(new RecordingTaskMonitor())).getMessage());
        assertFalse(Files.exists(tmp.resolve("figures")));
    }

    @Test
    void aNetworkWithoutAViewIsRefused() {
        ForeignNetworkImportTest.network(cytoscape, "no view", List.of("TP53"), Map.of());
        ExportFigureTask task = task("bare.svg", "");
        assertEquals("The network has no view to draw: create one first",
                assertThrows(BadRequestException.class, () -> task.run(new RecordingTaskMonitor())).getMessage());
        assertFalse(Files.exists(tmp.resolve("figures")));
    }
}
