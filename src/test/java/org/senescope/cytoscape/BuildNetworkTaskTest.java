package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.view.model.View;
import org.cytoscape.view.presentation.property.ArrowShapeVisualProperty;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.presentation.property.LineTypeVisualProperty;
import org.cytoscape.view.presentation.property.NodeShapeVisualProperty;
import org.cytoscape.view.vizmap.VisualPropertyDependency;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.Columns;
import org.senescope.model.table.NetworkTables;
import org.senescope.knowledge.CurationException;
import org.senescope.knowledge.CurationProblem;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.Position;
import org.senescope.export.AttributeTables;
import org.senescope.failure.BadDataException;

/** Apps > Senescope > Build senescence–immunity network, against an in-memory Cytoscape. */
class BuildNetworkTaskTest {

    private static Network bundled;
    private MemoryCytoscape cytoscape;

    @BeforeAll
    static void buildOnce() throws CurationException {
        bundled = SenescenceImmunityNetwork.buildBundled();
    }

    @BeforeEach
    void freshCytoscape() {
        cytoscape = new MemoryCytoscape();
    }

    private BuildNetworkTask run() throws Exception {
        BuildNetworkTask task = newTask(() -> bundled);
        task.run(new RecordingTaskMonitor());
        return task;
    }

    private BuildNetworkTask newTask(NetworkSource source) {
        return (BuildNetworkTask) new SenescopeTaskFactory(() -> new BuildNetworkTask(cytoscape.services(), source))
                .createTaskIterator().next();
    }

    private MemoryNetwork onlyNetwork() {
        assertEquals(1, cytoscape.networks.size());
        return (MemoryNetwork) cytoscape.networks.iterator().next();
    }

    @Test
    void makesANodeAndAnEdgePerElementOfTheBuiltNetwork() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        assertEquals(bundled.nodes().size(), network.getNodeCount());
        assertEquals(bundled.edges().size(), network.getEdgeCount());
        Map<Long, String> idBySuid = new java.util.HashMap<>();
        for (CyNode node : network.getNodeList()) {
            idBySuid.put(node.getSUID(), network.getRow(node).get(SenescopeColumns.of(Columns.SENESCOPE_ID), String.class));
        }
        List<String> endpoints = network.getEdgeList().stream()
                .map(e -> idBySuid.get(e.getSource().getSUID()) + " -> " + idBySuid.get(e.getTarget().getSUID())
                        + (e.isDirected() ? "" : " (undirected)"))
                .toList();
        assertEquals(bundled.edges().stream()
                .map(e -> e.sourceId() + " -> " + e.targetId() + (e.directed() ? "" : " (undirected)")).toList(), endpoints);
    }

    @Test
    void writesEveryColumnAndValueTheExportsWriteUnderTheSenescopeNamespace() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        NetworkTables tables = AttributeTables.of(bundled);
        assertTableHolds(tables.nodes(), network.getDefaultNodeTable(), network.getNodeList().stream()
                .map(network::getRow).toList());
        assertTableHolds(tables.edges(), network.getDefaultEdgeTable(), network.getEdgeList().stream()
                .map(network::getRow).toList());
        List<String> networkColumns = new ArrayList<>(tables.network().columns().stream()
                .map(c -> SenescopeColumns.of(c.name())).toList());
        assertTrue(network.getDefaultNetworkTable().columnNames().containsAll(networkColumns));
        assertEquals(List.of("SUID", "shared name", "name", "selected", "senescope::senescope_id", "senescope::kind",
                        "senescope::hgnc_symbols", "senescope::entrez_ids", "senescope::ensembl_ids",
                        "senescope::mouse_symbols", "senescope::aliases", "senescope::modules",
                        "senescope::module_labels", "senescope::description"),
                network.getDefaultNodeTable().columnNames());
    }

    private static void assertTableHolds(AttributeTable expected, MemoryTable table, List<CyRow> rows) {
        assertEquals(expected.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AttributeTable.Row row = expected.rows().get(i);
            for (Column column : expected.columns()) {
                String name = SenescopeColumns.of(column.name());
                AttributeValue value = expected.value(row, column.name());
                Object actual = switch (column.type()) {
                    case STRING -> rows.get(i).get(name, String.class);
                    case INTEGER -> rows.get(i).get(name, Integer.class);
                    case BOOLEAN -> rows.get(i).get(name, Boolean.class);
                    case DOUBLE -> rows.get(i).get(name, Double.class);
                    case STRING_LIST -> rows.get(i).getList(name, String.class);
                    case DOUBLE_LIST -> rows.get(i).getList(name, Double.class);
                };
                Object wanted = value instanceof AttributeValue.TextList list ? list.items()
                        : value instanceof AttributeValue.DecimalList numbers ? numbers.items() : value.flatText();
                if (!(value instanceof AttributeValue.TextList) && !(value instanceof AttributeValue.DecimalList)) {
                    actual = String.valueOf(actual);
                }
                assertEquals(wanted, actual, row.elementId() + " " + name);
            }
        }
    }

    @Test
    void keepsMouseAndHumanGenesApartAndEvidenceQuotesAsLists() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        CyRow raet1e = nodeRow(network, "Raet1e");
        assertEquals("gene", raet1e.get("senescope::kind", String.class));
        assertEquals(List.of(), raet1e.getList("senescope::hgnc_symbols", String.class));
        assertEquals(List.of("Raet1e"), raet1e.getList("senescope::mouse_symbols", String.class));
        CyRow p21 = nodeRow(network, "CDKN1A");
        assertEquals("p21 (CDKN1A)", p21.get("name", String.class));
        assertEquals(List.of("1026"), p21.getList("senescope::entrez_ids", String.class));
        assertEquals(List.of("ENSG00000124762"), p21.getList("senescope::ensembl_ids", String.class));
        CyRow first = network.getRow(network.getEdgeList().get(0));
        assertEquals("induces", first.get("interaction", String.class));
        assertEquals("+", first.get("senescope::sign", String.class));
        assertTrue(first.getList("senescope::evidence_quotes", String.class).get(0)
                .startsWith("In healthy cells experiencing oncogenic signaling"));
        assertEquals(List.of("003_662adfca3ea2fe09.txt"), first.getList("senescope::seed_files", String.class));
    }

    private static CyRow nodeRow(MemoryNetwork network, String id) {
        return network.getDefaultNodeTable().getMatchingRows("senescope::senescope_id", id).iterator().next();
    }

    @Test
    void namesTheNetworkAndReturnsItsSuidAndCountsAsJson() throws Exception {
        BuildNetworkTask task = run();
        MemoryNetwork network = onlyNetwork();
        assertEquals(SenescenceImmunityNetwork.NAME, network.getRow(network).get(CyNetwork.NAME, String.class));
        assertEquals(List.of(String.class, JSONResult.class), task.getResultClasses());
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertEquals(network.getSUID().longValue(), json.get("network").asLong());
        assertEquals(cytoscape.views.get(0).getSUID().longValue(), json.get("view").asLong());
        assertEquals(bundled.nodes().size(), json.get("nodes").asInt());
        assertEquals(bundled.edges().size(), json.get("edges").asInt());
        assertEquals(bundled.claims().size(), json.get("claims").asInt());
        assertEquals("Senescope", json.get("style").asText());
        assertEquals(15, json.get("claimsByEvidenceType").get("negative finding").asInt());
        assertEquals(String.format("%s: %d nodes, %d edges, %d claims (network SUID %d)", SenescenceImmunityNetwork.NAME,
                bundled.nodes().size(), bundled.edges().size(), bundled.claims().size(), network.getSUID()),
                task.getResults(String.class));
        assertNull(task.getResults(Integer.class));
    }

    @Test
    void placesNodesAtTheCuratedPositions() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        MemoryNetworkView view = cytoscape.views.get(0);
        assertEquals(network, view.getModel());
        for (CyNode node : network.getNodeList()) {
            String id = network.getRow(node).get("senescope::senescope_id", String.class);
            Position expected = bundled.layout().get(id);
            View<CyNode> nodeView = view.getNodeView(node);
            assertEquals(expected.x(), nodeView.getVisualProperty(BasicVisualLexicon.NODE_X_LOCATION), id);
            assertEquals(expected.y(), nodeView.getVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION), id);
        }
        assertEquals(1, view.fitted);
        assertTrue(cytoscape.flushes > 0, "events flushed before the view was made");
    }

    @Test
    void stylesNodesByKindAndEdgesBySignAndNegativeFinding() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        MemoryNetworkView view = cytoscape.views.get(0);
        VisualStyle style = cytoscape.getVisualStyle(view);
        assertEquals("Senescope", style.getTitle());
        View<CyNode> p21 = view.getNodeView(node(network, "CDKN1A"));
        assertEquals(NodeShapeVisualProperty.ELLIPSE, p21.getVisualProperty(BasicVisualLexicon.NODE_SHAPE));
        assertEquals(new Color(0x56B4E9), p21.getVisualProperty(BasicVisualLexicon.NODE_FILL_COLOR));
        assertEquals("p21 (CDKN1A)", p21.getVisualProperty(BasicVisualLexicon.NODE_LABEL));
        assertEquals(90.0, p21.getVisualProperty(BasicVisualLexicon.NODE_WIDTH));
        View<CyNode> chemo = view.getNodeView(node(network, "chemotherapy"));
        assertEquals(NodeShapeVisualProperty.TRIANGLE, chemo.getVisualProperty(BasicVisualLexicon.NODE_SHAPE));
        View<CyNode> families = view.getNodeView(node(network, "NKG2D_ligands"));
        assertEquals(NodeShapeVisualProperty.ROUND_RECTANGLE, families.getVisualProperty(BasicVisualLexicon.NODE_SHAPE));
        assertEquals(Color.WHITE, families.getVisualProperty(BasicVisualLexicon.NODE_LABEL_COLOR));

        View<CyEdge> induces = view.getEdgeView(edge(network, "oncogenic_signalling", "oncogene_induced_senescence"));
        assertEquals(ArrowShapeVisualProperty.DELTA, induces.getVisualProperty(BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE));
        assertEquals(LineTypeVisualProperty.SOLID, induces.getVisualProperty(BasicVisualLexicon.EDGE_LINE_TYPE));
        View<CyEdge> inhibits = view.getEdgeView(edge(network, "oncogene_induced_senescence", "tumour_progression"));
        assertEquals(ArrowShapeVisualProperty.T, inhibits.getVisualProperty(BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE));
        View<CyEdge> negative = view.getEdgeView(edge(network, "TP53", "NKG2D_ligands"));
        assertEquals(LineTypeVisualProperty.EQUAL_DASH, negative.getVisualProperty(BasicVisualLexicon.EDGE_LINE_TYPE));
        assertEquals(new Color(0x9E9E9E), negative.getVisualProperty(BasicVisualLexicon.EDGE_STROKE_UNSELECTED_PAINT));
        assertEquals(new Color(0x9E9E9E), negative.getVisualProperty(BasicVisualLexicon.EDGE_UNSELECTED_PAINT));
        assertEquals(255, negative.getVisualProperty(BasicVisualLexicon.EDGE_TRANSPARENCY));
        View<CyEdge> binding = view.getEdgeView(edge(network, "PDCD1LG2", "PDCD1"));
        assertEquals(ArrowShapeVisualProperty.NONE, binding.getVisualProperty(BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE),
                "a ligand binding its receptor has no sign and no arrowhead");
        assertEquals(1.0, binding.getVisualProperty(BasicVisualLexicon.EDGE_WIDTH), "background: thin");
        assertEquals(140, binding.getVisualProperty(BasicVisualLexicon.EDGE_TRANSPARENCY), "background: translucent");
        View<CyEdge> hypothesis = view.getEdgeView(edge(network, "cytostatic_drugs", "lung_cancer"));
        assertEquals(LineTypeVisualProperty.DOT, hypothesis.getVisualProperty(BasicVisualLexicon.EDGE_LINE_TYPE));
        View<CyEdge> finding = view.getEdgeView(edge(network, "CCL2", "nk_infiltration"));
        assertEquals(3.0, finding.getVisualProperty(BasicVisualLexicon.EDGE_WIDTH), "a seed's finding: thick");

        Map<String, Boolean> dependencies = style.getAllVisualPropertyDependencies().stream()
                .collect(Collectors.toMap(VisualPropertyDependency::getIdString,
                        VisualPropertyDependency::isDependencyEnabled));
        assertEquals(Map.of("nodeSizeLocked", false, "arrowColorMatchesEdge", true), dependencies);
    }

    @Test
    void drawsDiseasesWithTheRenderersVeeShape() throws Exception {
        run();
        MemoryNetwork network = onlyNetwork();
        CyNode disease = network.getNodeList().stream()
                .filter(n -> "disease".equals(network.getRow(n).get("senescope::kind", String.class)))
                .findFirst().orElseThrow();
        assertEquals("VEE", cytoscape.views.get(0).getNodeView(disease)
                .getVisualProperty(BasicVisualLexicon.NODE_SHAPE).getSerializableString());
    }

    private static CyNode node(MemoryNetwork network, String id) {
        return network.getNodeList().stream()
                .filter(n -> id.equals(network.getRow(n).get("senescope::senescope_id", String.class)))
                .findFirst().orElseThrow();
    }

    private static CyEdge edge(MemoryNetwork network, String source, String target) {
        CyNode s = node(network, source);
        CyNode t = node(network, target);
        return network.getEdgeList().stream().filter(e -> e.getSource() == s && e.getTarget() == t)
                .findFirst().orElseThrow();
    }

    @Test
    void runningAgainMakesASecondNetworkButKeepsOneStyle() throws Exception {
        run();
        BuildNetworkTask second = run();
        assertEquals(2, cytoscape.networks.size());
        assertEquals(1, cytoscape.getAllVisualStyles().size(), "the style is updated, not added again");
        MemoryVisualStyle style = (MemoryVisualStyle) cytoscape.getAllVisualStyles().iterator().next();
        assertEquals(10, style.mappings().size(), style.mappings().keySet().toString());
        assertEquals(SenescenceImmunityNetwork.NAME + "_1", second.getResults(String.class).split(":")[0]);
        for (CyNetwork network : cytoscape.networks) {
            CyTable nodes = network.getDefaultNodeTable();
            List<String> names = ((MemoryTable) nodes).columnNames();
            assertEquals(names.stream().distinct().count(), names.size());
        }
    }

    @Test
    void withoutAViewMakesOnlyTheNetwork() throws Exception {
        BuildNetworkTask task = newTask(() -> bundled);
        task.createView = false;
        task.title = "My network";
        task.run(new RecordingTaskMonitor());
        assertEquals("My network", onlyNetwork().getRow(onlyNetwork()).get("name", String.class));
        assertEquals(List.of(), cytoscape.views);
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        assertFalse(json.has("view"));
        assertFalse(json.has("style"));
    }

    @Test
    void cancelledWhileMakingTheNetworkLeavesCytoscapeAsItWas() throws Exception {
        BuildNetworkTask task = newTask(() -> bundled);
        RecordingTaskMonitor monitor = new RecordingTaskMonitor().whenProgressReaches(0.05, task::cancel);
        task.run(monitor);
        assertEquals(1, cytoscape.created.size(), "a network was started");
        assertTrue(cytoscape.created.get(0).isDisposed(), "and thrown away");
        assertTrue(cytoscape.created.get(0).getNodeCount() < bundled.nodes().size(), "before it was finished");
        assertEquals(Map.of(), Map.copyOf(cytoscape.styleOfView));
        assertEquals(List.of(), List.copyOf(cytoscape.networks));
        assertEquals(List.of(), cytoscape.views);
        assertTrue(cytoscape.styles.isEmpty());
        assertNull(task.getResults(JSONResult.class));
    }

    @Test
    void aBadCurationIsReportedWithItsFileLineAndColumn() {
        CurationProblem problem = new CurationProblem("claims.tsv", 12, 7, "quote not found in seed 003_662adfca3ea2fe09.txt");
        BuildNetworkTask task = newTask(() -> {
            throw new CurationException(List.of(problem, problem));
        });
        BadDataException failure = assertThrows(BadDataException.class, () -> task.run(new RecordingTaskMonitor()));
        assertEquals("claims.tsv:12:7: quote not found in seed 003_662adfca3ea2fe09.txt\n"
                + "claims.tsv:12:7: quote not found in seed 003_662adfca3ea2fe09.txt\n"
                + "2 problem(s) in the curation; nothing written", failure.getMessage());
        assertInstanceOf(CurationException.class, failure.getCause());
        assertEquals(List.of(), cytoscape.created);
    }
}
