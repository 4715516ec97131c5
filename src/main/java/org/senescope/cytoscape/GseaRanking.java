package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.senescope.failure.InputFormatException;
import org.senescope.read.rnk.RnkReadResult;
import org.senescope.read.rnk.RnkReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.table.TableRanking;
import org.senescope.read.TextTable;
import org.senescope.model.Node;
import org.senescope.model.data.RankedList;

/**
 * Where a Cytoscape GSEA's ranking comes from, and what was left out of it on the way.
 *
 * <p>From a node column (an imported overlay): each node that names exactly one human gene gives that gene the node's
 * value (a gene named by several nodes, as CDKN2A by p16INK4a and ARF, is ranked once). Nodes naming several genes (families, complexes: their value is one member's row) and mouse-only nodes are
 * left out and counted, as are nodes without a value. Such a ranking holds the network's measured genes only, so the
 * test asks how a set sits among them, not among the genome. From a file: a {@code .rnk} list as the command line
 * reads it, or a table ranked by one of its columns, rows without a gene or a finite number left out and counted.
 *
 * @param list        the genes and their statistics
 * @param description where they came from, for the JSON result and messages
 * @param notes       what was left out, in words
 */
record GseaRanking(RankedList list, String description, List<String> notes) {

    GseaRanking {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(description, "description");
        notes = List.copyOf(notes);
    }

    /**
     * The ranking from node column {@code column} of the network's genes.
     *
     * @throws IllegalArgumentException when the column is missing or not numeric, or no node has a value
     */
    static GseaRanking fromColumn(CyNetwork network, String column, OverlayTarget target) {
        CyColumn found = network.getDefaultNodeTable().getColumn(column);
        if (found == null) {
            throw new IllegalArgumentException("rankColumn: the node table of '" + OverlayTarget.name(network)
                    + "' has no column '" + column + "': import expression data first (Apps > Senescope > "
                    + ImportExpressionTask.TITLE + ") or give rankFile");
        }
        Class<?> type = found.getType();
        if (type != Double.class && type != Integer.class && type != Long.class) {
            throw new IllegalArgumentException("rankColumn: column '" + column + "' holds " + type.getSimpleName()
                    + " values; rank by a number column such as senescope::overlay_value");
        }
        List<String> genes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<String, List<String>> nodesOfGene = new LinkedHashMap<>();
        int noValue = 0;
        int severalGenes = 0;
        int noHumanGene = 0;
        for (Map.Entry<String, CyNode> entry : target.ids().nodes().entrySet()) {
            Node node = target.model().node(entry.getKey()).orElseThrow();
            if (!node.hasGenes()) {
                continue;
            }
            Object value = network.getRow(entry.getValue()).get(column, type);
            double v = value == null ? Double.NaN : ((Number) value).doubleValue();
            if (!Double.isFinite(v)) {
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
                values.add(v);
            }
        }
        if (genes.isEmpty()) {
            throw new IllegalArgumentException("rankColumn: no gene node of '" + OverlayTarget.name(network)
                    + "' has a number in column '" + column + "'");
        }
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
        notes.add("the ranking holds only the network's " + genes.size() + " measured genes: sets are tested "
                + "against the other network genes, not the genome; rank a file for a genome-wide test");
        return new GseaRanking(new RankedList(genes, values.stream().mapToDouble(Double::doubleValue).toArray()),
                "node column " + column + " of '" + OverlayTarget.name(network) + "'", notes);
    }

    /**
     * The ranking in {@code file}: a {@code .rnk} list, or a table ranked by column {@code rankBy} with gene names
     * in {@code geneColumn} (empty: the first column).
     *
     * @throws InputFormatException naming file, line and column for bad content or a missing column
     */
    static GseaRanking fromFile(File file, String rankBy, String geneColumn) throws IOException {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".rnk") || name.toLowerCase(Locale.ROOT).endsWith(".rnk.gz")) {
            RnkReadResult rnk = new RnkReader().read(file.toPath());
            // Ties are reported once, by the analysis.
            List<String> notes = rnk.report().stream().skip(1).filter(l -> !l.contains("(ties)")).toList();
            return new GseaRanking(rnk.list(), name, notes);
        }
        TextTable table = new DelimitedTableReader().read(file.toPath());
        if (rankBy.isBlank()) {
            throw new InputFormatException(name, 1, 0, "name the column to rank by (rankBy), e.g. stat; the columns "
                    + "are " + table.columns());
        }
        TableRanking ranking = TableRanking.of(table, name, rankBy, geneColumn);
        return new GseaRanking(ranking.list(), name + " column " + rankBy, ranking.notes());
    }
}
