package org.senescope.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.senescope.model.Network;
import org.senescope.model.Node;

/**
 * The network's gene-based nodes indexed by the genes they name: an HGNC symbol can reach several nodes (CDKN2A the
 * p16INK4a and the ARF node), a node several symbols (IL-12 is IL12A and IL12B). Mouse symbols are indexed ignoring
 * case, since mouse tables are often upper-cased. Immutable; safe to share between threads.
 */
public final class NetworkGenes {

    private final Network network;
    private final Map<String, List<Node>> byHumanSymbol = new HashMap<>();
    private final Map<String, List<Node>> byMouseSymbol = new HashMap<>();
    private final List<Node> geneNodes = new ArrayList<>();

    public NetworkGenes(Network network) {
        this.network = network;
        for (Node node : network.nodes()) {
            if (!node.hasGenes()) {
                continue;
            }
            geneNodes.add(node);
            for (String symbol : node.humanSymbols()) {
                byHumanSymbol.computeIfAbsent(symbol, k -> new ArrayList<>()).add(node);
            }
            for (String symbol : node.mouseSymbols()) {
                byMouseSymbol.computeIfAbsent(symbol.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(node);
            }
        }
    }

    public Network network() {
        return network;
    }

    /** The nodes that name at least one gene, in network order. */
    public List<Node> geneNodes() {
        return List.copyOf(geneNodes);
    }

    /** Nodes naming this HGNC symbol (exact). */
    public List<Node> byHumanSymbol(String symbol) {
        return List.copyOf(byHumanSymbol.getOrDefault(symbol, List.of()));
    }

    /** Nodes naming this MGI symbol, ignoring case. */
    public List<Node> byMouseSymbol(String symbol) {
        return List.copyOf(byMouseSymbol.getOrDefault(symbol.strip().toUpperCase(Locale.ROOT), List.of()));
    }
}
