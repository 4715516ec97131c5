package org.senescope.cytoscape;

import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_LINE_TYPE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_STROKE_UNSELECTED_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_TARGET_ARROW_UNSELECTED_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_UNSELECTED_PAINT;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;
import org.senescope.model.table.Columns;
import org.senescope.workflow.ProposedClaim;

/**
 * The miner's candidate claims as <em>proposed</em> edges of a Senescope network: each between the two nodes it
 * names, with {@code senescope::proposed} true (false on every other edge) and its relation, sign, document, quote,
 * evidence type, score and reasons in {@code senescope::proposed_*} columns, drawn dashed in orange by bypass values
 * on the edge's views, so they stand apart from every curated edge whatever the style maps. Nothing here accepts a
 * proposal: that is the curator's {@code senescope merge}. Not thread-safe; call it from the task.
 */
final class ProposedEdges {

    static final String PROPOSED = "proposed";
    /** Okabe–Ito orange: no curated edge is drawn in it. */
    static final Color COLOUR = new Color(0xE6, 0x9F, 0x00);
    /** Cytoscape's "Dash"; negative findings are drawn with "Equal Dash". */
    static final String LINE = "LONG_DASH";
    private static final String PREFIX = PROPOSED + "_";
    private static final Map<String, Class<?>> COLUMNS = Map.of(PREFIX + "relation", String.class,
            PREFIX + "sign", String.class, PREFIX + "document", String.class, PREFIX + "quote", String.class,
            PREFIX + "evidence_type", String.class, PREFIX + "score", Double.class, PREFIX + "why", String.class);

    private ProposedEdges() {
    }

    /** Whether {@code column} (a full Cytoscape column name) is one this class writes. */
    static boolean isProposedColumn(String column) {
        return column.equals(SenescopeColumns.of(PROPOSED)) || column.startsWith(SenescopeColumns.of(PREFIX));
    }

    /**
     * What {@link #add} left out.
     *
     * @param outside candidates naming a gene that is no node of the network (nothing to attach them to), in order
     * @param present how many candidates were on the network already ({@link PresentClaims}), not added again
     */
    record Left(List<ProposedClaim> outside, int present) {
        Left {
            outside = List.copyOf(outside);
        }
    }

    /**
     * Adds an edge per proposal whose two ends are nodes of {@code ids} and that is not on the network already
     * ({@link PresentClaims}: neither an earlier proposed edge nor a curated claim from its document, nor an earlier
     * proposal of this call), in order, to {@code added}.
     */
    static Left add(CyNetwork target, SenescopeNodes ids, List<ProposedClaim> proposals, List<CyEdge> added) {
        CyTable table = target.getDefaultEdgeTable();
        String flag = SenescopeColumns.of(PROPOSED);
        if (table.getColumn(flag) == null) {
            table.createColumn(flag, Boolean.class, false);
        }
        COLUMNS.forEach((name, type) -> {
            if (table.getColumn(SenescopeColumns.of(name)) == null) {
                table.createColumn(SenescopeColumns.of(name), type, false);
            }
        });
        for (CyEdge edge : target.getEdgeList()) {
            CyRow row = target.getRow(edge);
            if (row.get(flag, Boolean.class) == null) {
                row.set(flag, false);
            }
        }
        PresentClaims present = PresentClaims.of(target, ids);
        List<ProposedClaim> outside = new ArrayList<>();
        int already = 0;
        for (ProposedClaim p : proposals) {
            CyNode source = ids.nodes().get(p.source());
            CyNode targetNode = ids.nodes().get(p.target());
            if (source == null || targetNode == null) {
                outside.add(p);
                continue;
            }
            if (present.contains(p)) {
                already++;
                continue;
            }
            present.add(p);
            CyEdge edge = target.addEdge(source, targetNode, p.directed());
            added.add(edge);
            describe(target.getRow(edge), p);
        }
        return new Left(outside, already);
    }

    private static void describe(CyRow row, ProposedClaim p) {
        row.set(Columns.NAME, "proposed: " + p.source() + " (" + p.relation() + ") " + p.target() + " ["
                + p.document() + "]");
        row.set(SenescopeColumns.of(PROPOSED), true);
        row.set(SenescopeColumns.of(PREFIX + "relation"), p.relation());
        row.set(SenescopeColumns.of(PREFIX + "sign"), p.sign());
        row.set(SenescopeColumns.of(PREFIX + "document"), p.document());
        row.set(SenescopeColumns.of(PREFIX + "quote"), p.quote());
        row.set(SenescopeColumns.of(PREFIX + "evidence_type"), p.evidenceType());
        row.set(SenescopeColumns.of(PREFIX + "score"), p.score());
        row.set(SenescopeColumns.of(PREFIX + "why"), p.why());
    }

    /** Draws {@code edges} in the proposed style in every view of their network that shows them. */
    static void draw(List<CyNetworkView> views, List<CyEdge> edges) {
        for (CyNetworkView view : views) {
            for (CyEdge edge : edges) {
                View<CyEdge> edgeView = view.getEdgeView(edge);
                if (edgeView != null) {
                    edgeView.setLockedValue(EDGE_LINE_TYPE, EDGE_LINE_TYPE.parseSerializableString(LINE));
                    edgeView.setLockedValue(EDGE_STROKE_UNSELECTED_PAINT, COLOUR);
                    edgeView.setLockedValue(EDGE_UNSELECTED_PAINT, COLOUR);
                    edgeView.setLockedValue(EDGE_TARGET_ARROW_UNSELECTED_PAINT, COLOUR);
                }
            }
            view.updateView();
        }
    }
}
