package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyRow;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.workflow.ProposedClaim;

/**
 * Apps &gt; Senescope &gt; Add evidence from documents...: the miner's candidates become proposed edges of the current
 * Senescope network, flagged {@code senescope::proposed}, dashed and orange by bypass; curated edges stay as they
 * were and are flagged false; a failure while adding leaves the network as it was.
 */
class AddEvidenceTaskTest {

    private static final BundledData BUNDLED = new BundledData();
    private final MemoryCytoscape cytoscape = new MemoryCytoscape();

    @TempDir
    Path tmp;

    @Test
    void candidatesBecomeProposedDashedOrangeEdgesAndNothingIsAccepted() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        int curated = network.getEdgeCount();
        Path doc = tmp.resolve("paper.txt");
        Files.writeString(doc, "Neutralization of CCL2 prevented angiogenesis.\n", StandardCharsets.UTF_8);
        AddEvidenceTask task = new AddEvidenceTask(cytoscape.services());
        task.documents = doc.toFile();
        task.run(new RecordingTaskMonitor());
        assertEquals(curated + 1, network.getEdgeCount());
        CyEdge proposed = network.getEdgeList().get(curated);
        CyRow row = network.getRow(proposed);
        assertEquals("proposed: CCL2 (required for) angiogenesis [paper.txt]", row.get("name", String.class));
        assertEquals(true, row.get("senescope::proposed", Boolean.class));
        assertEquals("required for", row.get("senescope::proposed_relation", String.class));
        assertEquals("+", row.get("senescope::proposed_sign", String.class));
        assertEquals("paper.txt", row.get("senescope::proposed_document", String.class));
        assertEquals("Neutralization of CCL2 prevented angiogenesis.",
                row.get("senescope::proposed_quote", String.class));
        assertEquals("review claim", row.get("senescope::proposed_evidence_type", String.class));
        SenescopeNodes ids = SenescopeNodes.of(network);
        assertEquals(ids.nodes().get("CCL2"), proposed.getSource());
        assertEquals(ids.nodes().get("angiogenesis"), proposed.getTarget());
        for (CyEdge edge : network.getEdgeList().subList(0, curated)) {
            assertEquals(false, network.getRow(edge).get("senescope::proposed", Boolean.class));
        }
        MemoryNetworkView view = cytoscape.views.get(0);
        Color orange = new Color(0xE6, 0x9F, 0x00);
        Map<String, Object> bypass = ((MemoryView<?>) view.getEdgeView(proposed)).locked();
        assertEquals(Map.of("EDGE_LINE_TYPE", BasicVisualLexicon.EDGE_LINE_TYPE.parseSerializableString("LONG_DASH"),
                "EDGE_STROKE_UNSELECTED_PAINT", orange, "EDGE_UNSELECTED_PAINT", orange,
                "EDGE_TARGET_ARROW_UNSELECTED_PAINT", orange), bypass);
        CyEdge first = network.getEdgeList().get(0);
        assertEquals(Map.of(), ((MemoryView<?>) view.getEdgeView(first)).locked());
        assertTrue(task.report().contains("1 proposed edges added (dashed, orange; senescope::proposed), none "
                + "accepted"), task.report().toString());
    }

    @Test
    void aFailureWhileAddingRemovesTheAddedEdgesAndColumns() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        int curated = network.getEdgeCount();
        // A user's column of another type under a proposed name: setting the score fails after the edge is added.
        network.getDefaultEdgeTable().createColumn("senescope::proposed_score", String.class, false);
        ProposedClaim claim = new ProposedClaim("CCL2", "angiogenesis", "required for", "+", true, "paper.txt",
                "Neutralization of CCL2 prevented angiogenesis.", "review claim", 0.8, "why");
        List<CyEdge> added = new ArrayList<>();
        SenescopeNodes ids = SenescopeNodes.of(network);
        assertThrows(RuntimeException.class, () -> AddEvidenceTask.write(cytoscape, network, ids, List.of(claim), added));
        assertEquals(curated, network.getEdgeCount());
        assertEquals(List.of(), added);
        assertNull(network.getDefaultEdgeTable().getColumn("senescope::proposed"));
        assertNull(network.getDefaultEdgeTable().getColumn("senescope::proposed_quote"));
        assertEquals(String.class, network.getDefaultEdgeTable().getColumn("senescope::proposed_score").getType());
        assertEquals(curated, network.getDefaultEdgeTable().getAllRows().size());
    }

    @Test
    void aGeneOutsideTheNetworkIsNotDrawnAndAMissingDocumentIsRefused() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        ProposedClaim outside = new ProposedClaim("MDM2", "TP53", "inhibits", "-", true, "paper.txt", "q",
                "review claim", 0.5, "why");
        List<CyEdge> added = new ArrayList<>();
        assertEquals(new ProposedEdges.Left(List.of(outside), 0), AddEvidenceTask.write(cytoscape, network,
                SenescopeNodes.of(network), List.of(outside),
                added));
        assertEquals(List.of(), added);
        AddEvidenceTask task = new AddEvidenceTask(cytoscape.services());
        task.documents = tmp.resolve("none.txt").toFile();
        BadRequestException e = assertThrows(BadRequestException.class, () -> task.run(new RecordingTaskMonitor()));
        assertEquals("choose a document or a folder of documents; " + tmp.resolve("none.txt") + " does not exist",
                e.getMessage());
    }

    @Test
    void runningTwiceAddsNothingTheSecondTimeAndSaysSo() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        int curated = network.getEdgeCount();
        Path doc = tmp.resolve("paper.txt");
        Files.writeString(doc, "Neutralization of CCL2 prevented angiogenesis.\n", StandardCharsets.UTF_8);
        AddEvidenceTask first = new AddEvidenceTask(cytoscape.services());
        first.documents = doc.toFile();
        first.run(new RecordingTaskMonitor());
        AddEvidenceTask second = new AddEvidenceTask(cytoscape.services());
        second.documents = doc.toFile();
        second.run(new RecordingTaskMonitor());
        assertEquals(curated + 1, network.getEdgeCount(), "the candidate is proposed once");
        assertTrue(second.report().contains("0 proposed edges added (dashed, orange; senescope::proposed), none "
                + "accepted"), second.report().toString());
        assertTrue(second.report().contains("1 candidates were already on the network (proposed before, or a "
                + "curated claim from the same document) and were not added again"), second.report().toString());
        assertTrue(first.report().stream().noneMatch(l -> l.contains("already")), first.report().toString());
    }

    @Test
    void aCuratedClaimFromItsOwnDocumentIsNotProposedButFromAnotherDocumentItIs() throws Exception {
        MemoryNetwork network = cytoscape.buildSeedNetwork(BUNDLED);
        int curated = network.getEdgeCount();
        SenescopeNodes ids = SenescopeNodes.of(network);
        CyEdge edge = network.getEdgeList().get(0);
        CyRow row = network.getRow(edge);
        String source = network.getRow(edge.getSource()).get("senescope::senescope_id", String.class);
        String target = network.getRow(edge.getTarget()).get("senescope::senescope_id", String.class);
        String relation = row.get("senescope::relation", String.class);
        String sign = row.get("senescope::sign", String.class);
        String seed = row.getList("senescope::seed_files", String.class).get(0);
        ProposedClaim same = new ProposedClaim(source, target, relation, sign, edge.isDirected(), seed,
                "a sentence of the seed", "finding reported in the seed", 0.9, "why");
        ProposedClaim elsewhere = new ProposedClaim(source, target, relation, sign, edge.isDirected(), "new.txt",
                "a sentence of a new paper", "finding reported in the seed", 0.9, "why");
        ProposedClaim twice = new ProposedClaim(source, target, relation, sign, edge.isDirected(), "new.txt",
                "a sentence of a new paper", "finding reported in the seed", 0.7, "mined again");
        List<CyEdge> added = new ArrayList<>();
        assertEquals(new ProposedEdges.Left(List.of(), 2),
                AddEvidenceTask.write(cytoscape, network, ids, List.of(same, elsewhere, twice), added));
        assertEquals(1, added.size(), "only the claim from another document, once");
        assertEquals(curated + 1, network.getEdgeCount());
        assertEquals("new.txt", network.getRow(added.get(0)).get("senescope::proposed_document", String.class));
    }
}
