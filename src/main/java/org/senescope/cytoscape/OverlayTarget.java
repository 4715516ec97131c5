package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.senescope.model.table.Columns;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.workflow.OverlayRequest;
import org.senescope.failure.BadRequestException;

/**
 * The network an expression overlay is mapped onto, as the overlay code sees it. A network Senescope built is the
 * bundled network, its nodes found by {@code senescope::senescope_id}. Any other network becomes a network of gene
 * nodes, one per Cytoscape node whose identifier column names a gene ({@link NodeIdentifierColumns}), without edges or
 * modules; nodes naming no gene are left out and counted. Immutable.
 *
 * @param model        the network the overlay maps to
 * @param ids          the Cytoscape nodes and edges by model id
 * @param column       the node column the genes came from ({@code senescope::senescope_id} for a Senescope network)
 * @param description  one line saying where the genes came from, for the report
 * @param senescope    whether the network is one Senescope built
 */
record OverlayTarget(Network model, SenescopeNodes ids, String column, String description, boolean senescope) {

    OverlayTarget {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(description, "description");
    }

    /** The column that marks a network Senescope built. */
    static final String SENESCOPE_ID = SenescopeColumns.of(Columns.SENESCOPE_ID);

    /**
     * The target for {@code network}, its genes read from {@code column}, or (empty) from Senescope's id column when
     * there is one, else from the best identifier column.
     *
     * @throws BadRequestException when no column (or not the named one) holds identifiers that name genes
     * @throws org.senescope.failure.BadDataException when the bundled curation does not check (a broken build)
     */
    static OverlayTarget of(CyNetwork network, String column, BundledData bundled) {
        String wanted = column.strip();
        boolean hasSenescopeIds = network.getDefaultNodeTable().getColumn(SENESCOPE_ID) != null;
        if (wanted.equals(SENESCOPE_ID) || (wanted.isEmpty() && hasSenescopeIds)) {
            SenescopeNodes ids = SenescopeNodes.of(network);
            return new OverlayTarget(bundled.build(), ids, SENESCOPE_ID,
                    "the Senescope network, nodes by " + SENESCOPE_ID, true);
        }
        NodeIdentifierColumns.Found found;
        if (wanted.isEmpty()) {
            List<NodeIdentifierColumns.Found> all = NodeIdentifierColumns.detect(network, bundled.genes());
            if (all.isEmpty()) {
                throw new BadRequestException("The network '" + name(network) + "' has no node column of gene "
                        + "identifiers: none of the columns read (" + candidates(network) + ") holds HGNC symbols, "
                        + "Ensembl, Entrez or UniProt ids, or MGI symbols that name a gene of the gene tables (number "
                        + "columns are read when their name says entrez, ncbi or gene); add such a column, or build "
                        + "the network with Apps > Senescope > " + BuildNetworkTask.TITLE);
            }
            found = all.get(0);
        } else {
            found = NodeIdentifierColumns.detect(network, wanted, bundled.genes()).orElseThrow(() ->
                    new BadRequestException("networkColumn: no value of node column '" + wanted + "' names a "
                            + "gene of the gene tables"));
        }
        return of(network, found);
    }

    /** A network Senescope did not build, its genes from {@code found}. */
    static OverlayTarget of(CyNetwork network, NodeIdentifierColumns.Found found) {
        Map<String, Long> nameCount = new HashMap<>();
        List<CyNode> geneNodes = network.getNodeList().stream()
                .filter(n -> found.byNode().containsKey(n.getSUID())).toList();
        geneNodes.forEach(n -> nameCount.merge(label(network, n), 1L, Long::sum));
        List<Node> nodes = new ArrayList<>();
        Map<String, CyNode> byId = new LinkedHashMap<>();
        Map<String, Position> layout = new HashMap<>();
        for (CyNode cyNode : geneNodes) {
            String label = label(network, cyNode);
            long sameLabel = Objects.requireNonNull(nameCount.get(label), () -> "no count of label '" + label + "'");
            String id = label.isBlank() || sameLabel > 1 ? label + " [SUID " + cyNode.getSUID() + "]" : label;
            NodeGenes genes = Objects.requireNonNull(found.byNode().get(cyNode.getSUID()),
                    () -> "no genes for node SUID " + cyNode.getSUID());
            nodes.add(genes.geneNode(id, label.isBlank() ? id : label));
            byId.put(id, cyNode);
            layout.put(id, new Position(0, 0));
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("genes_from", found.describe());
        provenance.put(Network.PLACEHOLDER_LAYOUT, "a Cytoscape network: positions are the view's");
        Network model = new Network(name(network), nodes, List.of(), List.of(), layout, List.of(), provenance);
        int skipped = network.getNodeCount() - nodes.size();
        return new OverlayTarget(model, new SenescopeNodes(byId, Map.of()), found.column(),
                found.describe() + (skipped == 0 ? "" : "; " + skipped + " nodes name no gene and stay unmeasured"),
                false);
    }

    /** The network as an overlay request names it: the bundled one for a Senescope network, else {@link #model}. */
    OverlayRequest.Target requestTarget() {
        return senescope ? new OverlayRequest.Bundled() : new OverlayRequest.Given(model);
    }

    private static String label(CyNetwork network, CyNode node) {
        String name = network.getRow(node).get(CyNetwork.NAME, String.class);
        return name == null ? "" : name.strip();
    }

    /** The network's name, or {@code network} when it has none, for titles. */
    static String title(CyNetwork network) {
        String name = name(network);
        return name.isBlank() ? "network" : name;
    }

    /** The network's name, or the empty string when it was never given one. */
    static String name(CyNetwork network) {
        // Cytoscape returns null for a network whose name was never set (one made through the API without a name).
        String name = network.getRow(network).get(CyNetwork.NAME, String.class);
        return name == null ? "" : name;
    }

    private static String candidates(CyNetwork network) {
        return network.getDefaultNodeTable().getColumns().stream().filter(NodeIdentifierColumns::isCandidate)
                .map(CyColumn::getName).collect(Collectors.joining(", "));
    }
}
