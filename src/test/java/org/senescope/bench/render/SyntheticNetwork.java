package org.senescope.bench.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

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

/** A seeded random network: mostly genes with some cells and processes, about two edges per node, every sign. */
final class SyntheticNetwork {

    private SyntheticNetwork() {
    }

    static Network generate(int nodeCount, long seed) {
        return generate(nodeCount, nodeCount * 2, seed);
    }

    /** As {@link #generate(int, long)} with {@code edgeCount} edges; each node links within 20 of its index. */
    static Network generate(int nodeCount, int edgeCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        NodeKind[] kinds = {NodeKind.GENE, NodeKind.GENE, NodeKind.GENE, NodeKind.PROCESS, NodeKind.CELL_TYPE,
                NodeKind.PHENOTYPE};
        List<Node> nodes = new ArrayList<>();
        Map<String, Position> layout = new HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            NodeKind kind = kinds[random.nextInt(kinds.length)];
            String id = "N" + i;
            nodes.add(new Node(id, kind == NodeKind.GENE ? "GENE" + i : "Process number " + i, kind, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), ""));
            layout.put(id, new Position(0, 0));
        }
        Relation[] relations = {Relation.ACTIVATES, Relation.INHIBITS, Relation.ASSOCIATED_WITH, Relation.NO_EFFECT_ON};
        List<Edge> edges = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (edges.size() < edgeCount) {
            int a = random.nextInt(nodeCount);
            // Mostly near neighbours in index order, so the graph has structure to lay out.
            int b = Math.floorMod(a + random.nextInt(-20, 21), nodeCount);
            Relation r = relations[random.nextInt(relations.length)];
            if (a == b || !seen.add(a + ">" + b + r)) {
                continue;
            }
            Sign sign = r.allowedSigns().iterator().next();
            Claim c = new Claim("N" + a, "N" + b, r, sign, true,
                    r.isNegated() ? EvidenceType.NEGATIVE_FINDING : EvidenceType.BACKGROUND,
                    r.isNegated() ? new Citation.SeedQuote("synthetic.txt", "no effect") : new Citation.Background("x"),
                    Species.UNSPECIFIED, "", Confidence.STATED, "", new SourceLine("synthetic", edges.size() + 1));
            edges.add(new Edge(c.edgeKey(), sign, true, List.of(c)));
        }
        return new Network("synthetic " + nodeCount, nodes, edges, List.of(), layout, List.of(), Map.of());
    }
}
