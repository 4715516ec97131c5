package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.senescope.failure.BadRequestException;
import org.senescope.model.Citation;
import org.senescope.model.Claim;
import org.senescope.model.Confidence;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.Position;
import org.senescope.model.Relation;
import org.senescope.model.Sign;
import org.senescope.model.SourceLine;
import org.senescope.model.Species;

/**
 * Any Cytoscape network view as the figure renderer's {@link Network}, for networks Senescope did not build. Each node
 * with a view becomes a node at its view position, labelled as the view labels it (else by {@code name}, else by its
 * value in the gene column, else {@code SUID n}); it is a {@link NodeKind#GENE} carrying its genes when the gene column
 * names one ({@link NodeGenes}), otherwise a {@link #OTHER_KIND} node. Each edge between drawn nodes becomes an edge
 * signed by {@link EdgeSigns}, relation activates, inhibits or {@link Relation#ASSOCIATED_WITH}, with one background
 * claim saying it comes from the Cytoscape network (Senescope curated none of it, so it is drawn as background).
 * Self-loops and repeats of an edge already drawn are left out and counted. Immutable.
 *
 * @param network        the model to draw
 * @param idsBySuid      the model's node id of each drawn Cytoscape node, by node SUID
 * @param geneNodes      drawn nodes that name a gene
 * @param otherNodes     drawn nodes that name none, drawn as {@link #OTHER_KIND}
 * @param signedEdges    edges drawn with an arrow or a T-bar
 * @param unsignedEdges  edges drawn without a head
 * @param skippedEdges   self-loops, repeated edges and edges to nodes without a view, left out
 * @param viewPositions  whether the view places the nodes; false when every node sits at one point, the figure then
 *                       taking the automatic layout
 */
record ViewedNetwork(Network network, Map<Long, String> idsBySuid, int geneNodes, int otherNodes, int signedEdges,
                     int unsignedEdges, int skippedEdges, boolean viewPositions) {

    /**
     * The kind of nodes that name no gene. The model has no neutral kind; a process is drawn as a plain rectangle, the
     * plainest glyph, so the figure's caption says what the rectangles are.
     */
    static final NodeKind OTHER_KIND = NodeKind.PROCESS;

    ViewedNetwork {
        Objects.requireNonNull(network, "network");
        idsBySuid = Map.copyOf(idsBySuid);
    }

    /**
     * Where the nodes' genes come from.
     *
     * @param column      the node column, empty for none
     * @param description one line for reports
     * @param bySuid      the genes each node's value names, by node SUID; nodes naming none are absent
     */
    record GeneColumn(String column, String description, Map<Long, NodeGenes> bySuid) {

        /** No column names a gene: every node is drawn as {@link #OTHER_KIND}. */
        static final GeneColumn NONE = new GeneColumn("", "no node column names a gene", Map.of());

        GeneColumn {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(description, "description");
            bySuid = Map.copyOf(bySuid);
        }

        static GeneColumn of(NodeIdentifierColumns.Found found) {
            return new GeneColumn(found.column(), found.describe(), found.byNode());
        }
    }

    /**
     * The view of {@code source}, its genes from {@code genes}.
     *
     * @throws BadRequestException when the view shows no node
     */
    static ViewedNetwork of(CyNetwork source, CyNetworkView view, GeneColumn genes) {
        String title = OverlayTarget.title(source);
        List<CyNode> shown = source.getNodeList().stream().filter(n -> DrawnNetwork.shows(view, n)).toList();
        if (shown.isEmpty()) {
            throw new BadRequestException("The view of '" + title + "' shows no node; nothing to draw");
        }
        Map<Long, String> labels = new LinkedHashMap<>();
        for (CyNode node : shown) {
            labels.put(node.getSUID(), label(source, view.getNodeView(node), genes));
        }
        Map<String, Integer> labelCount = new HashMap<>();
        labels.values().forEach(l -> labelCount.merge(l, 1, Integer::sum));
        List<Node> nodes = new ArrayList<>();
        Map<Long, String> ids = new LinkedHashMap<>();
        Map<String, Position> layout = new HashMap<>();
        int geneNodes = 0;
        for (CyNode cyNode : shown) {
            String label = Objects.requireNonNull(labels.get(cyNode.getSUID()),
                    () -> "no label for node SUID " + cyNode.getSUID());
            int sameLabel = Objects.requireNonNull(labelCount.get(label), () -> "no count of label '" + label + "'");
            String id = sameLabel > 1 ? label + " [SUID " + cyNode.getSUID() + "]" : label;
            NodeGenes named = genes.bySuid().getOrDefault(cyNode.getSUID(), NodeGenes.NONE);
            nodes.add(node(id, label, named));
            geneNodes += named.isEmpty() ? 0 : 1;
            ids.put(cyNode.getSUID(), id);
            View<CyNode> nodeView = view.getNodeView(cyNode);
            layout.put(id, new Position(nodeView.getVisualProperty(BasicVisualLexicon.NODE_X_LOCATION),
                    nodeView.getVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION)));
        }
        List<Edge> edges = edges(source, view, ids, title);
        int signed = (int) edges.stream().filter(e -> e.sign() != Sign.NONE).count();
        boolean placed = layout.values().stream().distinct().count() > 1 || layout.size() == 1;
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("drawn_from", "the Cytoscape network '" + title + "', not built by Senescope");
        provenance.put("genes_from", genes.description());
        if (!placed) {
            provenance.put(Network.PLACEHOLDER_LAYOUT, "the view places every node at one point");
        }
        Network network = new Network(title, nodes, edges, List.of(), layout, List.of(), provenance);
        return new ViewedNetwork(network, ids, geneNodes, nodes.size() - geneNodes, signed, edges.size() - signed,
                source.getEdgeCount() - edges.size(), placed);
    }

    /** An edge per shown Cytoscape edge between two different drawn nodes, the first of repeated ones only. */
    private static List<Edge> edges(CyNetwork source, CyNetworkView view, Map<Long, String> ids, String title) {
        EdgeSigns signs = EdgeSigns.of(source);
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (CyEdge cyEdge : source.getEdgeList()) {
            String from = ids.get(cyEdge.getSource().getSUID());
            String to = ids.get(cyEdge.getTarget().getSUID());
            if (from == null || to == null || from.equals(to) || !DrawnNetwork.shows(view, cyEdge)) {
                continue;
            }
            Sign sign = signs.of(cyEdge);
            Relation relation = sign == Sign.POSITIVE ? Relation.ACTIVATES
                    : sign == Sign.NEGATIVE ? Relation.INHIBITS : Relation.ASSOCIATED_WITH;
            Claim claim = new Claim(from, to, relation, sign, cyEdge.isDirected(), EvidenceType.BACKGROUND,
                    new Citation.Background(statement(source, cyEdge, signs, title)), Species.UNSPECIFIED, "",
                    Confidence.STATED, "", new SourceLine("Cytoscape network '" + title + "'", edges.size() + 1L));
            edges.putIfAbsent(claim.edgeKey().id(),
                    new Edge(claim.edgeKey(), sign, cyEdge.isDirected(), List.of(claim)));
        }
        return List.copyOf(edges.values());
    }

    /** What the figure's caption says about this network's node kinds and edges; empty when there is nothing to say. */
    String caption() {
        List<String> parts = new ArrayList<>();
        if (otherNodes > 0) {
            parts.add("Rectangles (legend: '" + OTHER_KIND.label() + "') are nodes naming no gene");
        }
        if (!network.edges().isEmpty()) {
            parts.add("edges are the Cytoscape network's own, not curated by Senescope (drawn as background), "
                    + "signed only where their sign or interaction column says activates or inhibits");
        }
        if (viewPositions) {
            // The renderer's own caption calls any preset layout curated; these positions are the user's.
            parts.add("node positions are the Cytoscape view's");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static Node node(String id, String label, NodeGenes genes) {
        if (genes.isEmpty()) {
            return new Node(id, label, OTHER_KIND, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    "");
        }
        return genes.geneNode(id, label);
    }

    /** The label the view shows, else {@code name}, else the gene column's value, else {@code SUID n}. */
    private static String label(CyNetwork source, View<CyNode> view, GeneColumn genes) {
        CyNode node = view.getModel();
        String shown = view.getVisualProperty(BasicVisualLexicon.NODE_LABEL);
        if (shown != null && !shown.isBlank()) {
            return shown.strip();
        }
        String name = source.getRow(node).get(CyNetwork.NAME, String.class);
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        Optional<String> identifier = Optional.of(genes.column()).filter(c -> !c.isEmpty())
                .map(c -> source.getDefaultNodeTable().getColumn(c))
                .map(c -> source.getRow(node).get(c.getName(), c.getType()))
                .map(v -> v.toString().strip()).filter(v -> !v.isEmpty());
        return identifier.orElse("SUID " + node.getSUID());
    }

    private static String statement(CyNetwork source, CyEdge edge, EdgeSigns signs, String title) {
        String name = source.getRow(edge).get(CyNetwork.NAME, String.class);
        String interaction = signs.interaction(edge);
        return "edge " + (name == null || name.isBlank() ? "SUID " + edge.getSUID() : "'" + name.strip() + "'")
                + (interaction.isEmpty() ? "" : " (interaction '" + interaction + "')")
                + " of the Cytoscape network '" + title + "', not curated by Senescope";
    }
}
