package org.senescope.cytoscape;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.senescope.model.table.Columns;
import org.senescope.workflow.ProposedClaim;

/**
 * The claims a Senescope network already holds, so that adding evidence again adds nothing twice. A candidate is
 * already present when a proposed edge between the same two nodes has its relation, sign, document and quote (an
 * earlier run of Add evidence), or when a curated edge between them has its relation and sign and cites its document
 * among the edge's {@code seed_files} (the curation already states it from that document; the same statement from
 * another document is new evidence). An undirected edge matches either order of its ends. Mutable: {@link #add}
 * records each candidate as it is drawn. Not thread-safe; use it on the task thread.
 */
final class PresentClaims {

    private final Set<List<String>> proposed = new HashSet<>();
    private final Set<List<String>> curated = new HashSet<>();

    private PresentClaims() {
    }

    /** The claims of {@code network} whose nodes are named by {@code ids}. */
    static PresentClaims of(CyNetwork network, SenescopeNodes ids) {
        Map<CyNode, String> idOf = new HashMap<>();
        ids.nodes().forEach((id, node) -> idOf.put(node, id));
        CyTable edges = network.getDefaultEdgeTable();
        String flag = SenescopeColumns.of(ProposedEdges.PROPOSED);
        boolean hasFlag = edges.getColumn(flag) != null;
        String seedFiles = SenescopeColumns.of(Columns.SEED_FILES);
        boolean hasSeeds = edges.getColumn(seedFiles) != null && edges.getColumn(seedFiles).getType() == List.class;
        PresentClaims present = new PresentClaims();
        for (CyEdge edge : network.getEdgeList()) {
            String source = idOf.get(edge.getSource());
            String target = idOf.get(edge.getTarget());
            if (source == null || target == null) {
                continue;
            }
            Cells row = new Cells(network.getRow(edge), edges);
            if (hasFlag && Boolean.TRUE.equals(row.row().get(flag, Boolean.class))) {
                present.addProposed(source, target, edge.isDirected(), row.text("proposed_relation"),
                        row.text("proposed_sign"), row.text("proposed_document"), row.text("proposed_quote"));
            } else if (hasSeeds) {
                List<String> documents = row.row().getList(seedFiles, String.class);
                for (String document : documents == null ? List.<String>of() : documents) {
                    for (List<String> ends : ends(source, target, edge.isDirected())) {
                        present.curated.add(List.of(ends.get(0), ends.get(1), row.text(Columns.RELATION),
                                row.text(Columns.SIGN), document));
                    }
                }
            }
        }
        return present;
    }

    /** Whether {@code claim} is on the network already, as a proposed edge or as a curated claim. */
    boolean contains(ProposedClaim claim) {
        return proposed.contains(List.of(claim.source(), claim.target(), claim.relation(), claim.sign(),
                claim.document(), claim.quote()))
                || curated.contains(List.of(claim.source(), claim.target(), claim.relation(), claim.sign(),
                claim.document()));
    }

    /** Records {@code claim} as drawn. */
    void add(ProposedClaim claim) {
        addProposed(claim.source(), claim.target(), claim.directed(), claim.relation(), claim.sign(),
                claim.document(), claim.quote());
    }

    private void addProposed(String source, String target, boolean directed, String relation, String sign,
                             String document, String quote) {
        for (List<String> ends : ends(source, target, directed)) {
            proposed.add(List.of(ends.get(0), ends.get(1), relation, sign, document, quote));
        }
    }

    private static List<List<String>> ends(String source, String target, boolean directed) {
        return directed ? List.of(List.of(source, target)) : List.of(List.of(source, target), List.of(target, source));
    }

    /** An edge's row with its table, to read a {@code senescope::} text column the table may lack as empty. */
    private record Cells(CyRow row, CyTable table) {
        String text(String column) {
            String full = SenescopeColumns.of(column);
            String value = table.getColumn(full) == null || table.getColumn(full).getType() != String.class
                    ? null : row.get(full, String.class);
            return value == null ? "" : value;
        }
    }
}
