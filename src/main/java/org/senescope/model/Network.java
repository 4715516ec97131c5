package org.senescope.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A built network: nodes, merged edges, the modules nodes belong to, a preset layout, the seed documents it was built
 * from and free-form provenance (versions, snapshot dates). Immutable; every edge endpoint and module reference is
 * checked on construction.
 *
 * @param name       the network's title
 * @param nodes      nodes in curation order, ids unique
 * @param edges      edges in order of their first claim, ids unique
 * @param modules    modules in curation order
 * @param layout     a position for every node
 * @param sources    the seed documents
 * @param provenance ordered key–value facts about how the network was made
 */
public record Network(
        String name,
        List<Node> nodes,
        List<Edge> edges,
        List<Module> modules,
        Map<String, Position> layout,
        List<SeedSource> sources,
        Map<String, String> provenance) {

    /**
     * Provenance key present when the curation had no layout and the positions are only a placeholder grid; figures
     * then use an automatic layout instead.
     */
    public static final String PLACEHOLDER_LAYOUT = "layout_placeholder";

    public Network {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        modules = List.copyOf(modules);
        layout = Map.copyOf(layout);
        sources = List.copyOf(sources);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("duplicate node id " + n.id());
            }
            if (!layout.containsKey(n.id())) {
                throw new IllegalArgumentException("node " + n.id() + " has no layout position");
            }
        }
        Set<String> moduleIds = modules.stream().map(Module::id).collect(Collectors.toSet());
        for (Node n : nodes) {
            for (String m : n.modules()) {
                if (!moduleIds.contains(m)) {
                    throw new IllegalArgumentException("node " + n.id() + " names unknown module " + m);
                }
            }
        }
        Set<String> edgeIds = new HashSet<>();
        for (Edge e : edges) {
            if (!ids.contains(e.sourceId()) || !ids.contains(e.targetId())) {
                throw new IllegalArgumentException("edge " + e.id() + " has an endpoint that is not a node");
            }
            if (!edgeIds.add(e.id())) {
                throw new IllegalArgumentException("duplicate edge " + e.id());
            }
        }
    }

    /** Whether the positions are a curated layout rather than a placeholder grid. */
    public boolean hasCuratedLayout() {
        return !provenance.containsKey(PLACEHOLDER_LAYOUT);
    }

    /**
     * The position of one of this network's nodes (every node has one).
     *
     * @throws IllegalArgumentException when {@code nodeId} is not a node of this network
     */
    public Position position(String nodeId) {
        Position position = layout.get(nodeId);
        if (position == null) {
            throw new IllegalArgumentException("no node '" + nodeId + "' in network " + name);
        }
        return position;
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Nodes by id, in curation order. */
    public Map<String, Node> nodesById() {
        return nodes.stream().collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** All claims of all edges, edge by edge. */
    public List<Claim> claims() {
        return edges.stream().flatMap(e -> e.claims().stream()).toList();
    }

    /** How many claims there are of each evidence type. */
    public Map<EvidenceType, Long> claimCountsByEvidenceType() {
        Map<EvidenceType, Long> counts = new HashMap<>();
        claims().forEach(c -> counts.merge(c.evidenceType(), 1L, Long::sum));
        return Map.copyOf(counts);
    }
}
