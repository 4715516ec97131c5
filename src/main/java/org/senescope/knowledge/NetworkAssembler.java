package org.senescope.knowledge;

import org.senescope.model.Claim;
import org.senescope.model.Edge;
import org.senescope.model.EdgeKey;
import org.senescope.model.Network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges claims into edges, one edge per source, target and relation holding all its claims in curation order, and
 * assembles the network. Claims that would merge but disagree on sign or direction are a curation error.
 */
public final class NetworkAssembler {

    private NetworkAssembler() {
    }

    /**
     * Assembles the network.
     *
     * @param name       the network's title
     * @param curation   the checked curation
     * @param provenance ordered facts about how the network was made, written into every export
     * @throws CurationException when claims of one edge disagree, naming each disagreeing claim's line
     */
    public static Network assemble(String name, Curation curation, Map<String, String> provenance)
            throws CurationException {
        Map<EdgeKey, List<Claim>> grouped = new LinkedHashMap<>();
        for (Claim c : curation.claims()) {
            grouped.computeIfAbsent(c.edgeKey(), k -> new ArrayList<>()).add(c);
        }
        List<CurationProblem> problems = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        grouped.forEach((key, claims) -> {
            Claim first = claims.get(0);
            boolean consistent = true;
            for (Claim c : claims) {
                if (c.sign() != first.sign() || c.directed() != first.directed()) {
                    consistent = false;
                    problems.add(new CurationProblem(c.curatedAt().file(), c.curatedAt().line(), 0,
                            "claim merges into edge '" + key.id() + "' but its sign or direction ("
                                    + c.sign().symbol() + ", " + direction(c) + ") differs from the claim at line "
                                    + first.curatedAt().line() + " (" + first.sign().symbol() + ", " + direction(first)
                                    + ")"));
                }
            }
            if (consistent) {
                edges.add(new Edge(key, first.sign(), first.directed(), claims));
            }
        });
        if (!problems.isEmpty()) {
            throw new CurationException(problems);
        }
        return new Network(name, curation.nodes(), edges, curation.modules(), curation.layout(), curation.sources(),
                provenance);
    }

    private static String direction(Claim c) {
        return c.directed() ? "directed" : "undirected";
    }
}
