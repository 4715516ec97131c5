package org.senescope.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.failure.BadDataException;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.RankedList;

/**
 * A ranking from one value per network node (the Cytoscape app's node column, e.g. an imported overlay): each node
 * that names exactly one human gene gives that gene the node's value; a gene named by several nodes (CDKN2A by
 * p16INK4a and ARF) is ranked once, with the first node's value. Nodes naming several genes (families, complexes:
 * their value is one member's row), mouse-only nodes and nodes without a value are left out and counted. Such a
 * ranking holds the network's measured genes only, so a set is tested among them, not among the genome; a note says
 * so. Stateless.
 */
public final class NodeValueRanking {

    private NodeValueRanking() {
    }

    /**
     * One node's value.
     *
     * @param nodeId the node's id in the network model
     * @param value  the value; NaN (or another non-finite number) when the node has none
     */
    public record NodeValue(String nodeId, double value) {
        public NodeValue {
            Objects.requireNonNull(nodeId, "nodeId");
        }
    }

    /**
     * The ranking of {@code values}, in their order.
     *
     * @param model       the network the ids belong to
     * @param column      where the values came from, e.g. a column name, for the notes
     * @param networkName the network's name, for the description and messages
     * @throws BadDataException when no gene node has a value
     */
    public static RankingSource.Given of(Network model, List<NodeValue> values, String column, String networkName) {
        List<String> genes = new ArrayList<>();
        List<Double> statistics = new ArrayList<>();
        Map<String, List<String>> nodesOfGene = new LinkedHashMap<>();
        int noValue = 0;
        int severalGenes = 0;
        int noHumanGene = 0;
        for (NodeValue value : values) {
            Node node = model.node(value.nodeId()).orElseThrow(() -> new IllegalArgumentException("no node "
                    + value.nodeId() + " in the network"));
            if (!node.hasGenes()) {
                continue;
            }
            if (!Double.isFinite(value.value())) {
                noValue++;
            } else if (node.humanSymbols().isEmpty()) {
                noHumanGene++;
            } else if (node.humanSymbols().size() > 1) {
                severalGenes++;
            } else if (nodesOfGene.containsKey(node.humanSymbols().get(0))) {
                nodesOfGene.get(node.humanSymbols().get(0)).add(node.label());
            } else {
                nodesOfGene.put(node.humanSymbols().get(0), new ArrayList<>(List.of(node.label())));
                genes.add(node.humanSymbols().get(0));
                statistics.add(value.value());
            }
        }
        if (genes.isEmpty()) {
            throw new BadDataException("no gene node of '" + networkName + "' has a number in column '" + column
                    + "'");
        }
        List<String> notes = notes(column, noValue, severalGenes, noHumanGene, nodesOfGene, genes.size());
        return new RankingSource.Given(new RankedList(genes, statistics.stream().mapToDouble(Double::doubleValue)
                .toArray()), "node column " + column + " of '" + networkName + "'", notes);
    }

    private static List<String> notes(String column, int noValue, int severalGenes, int noHumanGene,
                                      Map<String, List<String>> nodesOfGene, int ranked) {
        List<String> notes = new ArrayList<>();
        if (noValue > 0) {
            notes.add(noValue + " gene nodes have no value in " + column + " and are not ranked");
        }
        if (severalGenes > 0) {
            notes.add(severalGenes + " nodes name several genes (families, complexes) and are not ranked: their "
                    + "value is one member's");
        }
        if (noHumanGene > 0) {
            notes.add(noHumanGene + " mouse-only nodes have no human gene and are not ranked");
        }
        nodesOfGene.forEach((gene, nodes) -> {
            if (nodes.size() > 1) {
                notes.add(gene + " is named by " + nodes.size() + " nodes (" + String.join(", ", nodes)
                        + "): ranked once, with the first node's value");
            }
        });
        notes.add("the ranking holds only the network's " + ranked + " measured genes: sets are tested against the "
                + "other network genes, not the genome; rank a file for a genome-wide test");
        return notes;
    }
}
