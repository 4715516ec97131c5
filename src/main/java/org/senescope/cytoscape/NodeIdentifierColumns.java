package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.workflow.IdentifierDetection;
import org.senescope.failure.BadRequestException;

/**
 * Finds which columns of a network's node table hold gene identifiers, with the overlay's own detector
 * ({@link IdentifierDetection}): every text column, and every whole-number column named like Entrez ids (Cytoscape
 * types Entrez ids as numbers), is read as a one-column table, one row per node, its identifier kind and species detected, and each node's value looked up in
 * the gene tables. The best column is the one naming the most genes; ties go to {@code name}, then
 * {@code shared name}, then table order. Reads the table only; call it from a task.
 */
final class NodeIdentifierColumns {

    /**
     * One column of identifiers.
     *
     * @param column   the Cytoscape column name
     * @param detected what the values are, and the counts that decided it
     * @param values   nodes with a value in the column
     * @param genes    nodes whose value names a gene of the gene or ortholog tables
     * @param byNode   what each such node's value names, by node SUID
     */
    record Found(String column, IdentifierColumn detected, int values, int genes, Map<Long, NodeGenes> byNode) {
        Found {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(detected, "detected");
            byNode = Map.copyOf(byNode);
        }

        /** One line for reports: {@code column 'name': HGNC symbol (human), 38 of 40 nodes name a gene}. */
        String describe() {
            return String.format(Locale.ROOT, "node column '%s': %s (%s), %d of %d nodes name a gene", column,
                    detected.kind().label(), detected.kind().species().label(), genes, values);
        }
    }

    private NodeIdentifierColumns() {
    }

    /** Every identifier column of the network's node table, best first; empty when none names a gene. */
    static List<Found> detect(CyNetwork network, GeneReference genes) {
        CyTable table = network.getDefaultNodeTable();
        List<CyNode> nodes = network.getNodeList();
        List<String> order = new ArrayList<>();
        for (CyColumn column : table.getColumns()) {
            if (isCandidate(column)) {
                order.add(column.getName());
            }
        }
        List<Found> found = new ArrayList<>();
        for (String column : order) {
            read(network, nodes, table.getColumn(column), genes).filter(f -> f.genes() > 0).ifPresent(found::add);
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), preference(order.get(i)) * 100_000 + i);
        }
        found.sort(Comparator.comparingInt(Found::genes).reversed()
                .thenComparing(f -> position.get(f.column())));
        return List.copyOf(found);
    }

    /** The named column, detected; empty when it holds no identifiers that name a gene. */
    static Optional<Found> detect(CyNetwork network, String column, GeneReference genes) {
        CyColumn found = network.getDefaultNodeTable().getColumn(column);
        if (found == null) {
            throw new BadRequestException("networkColumn: the node table has no column '" + column + "'");
        }
        if (!isCandidate(found)) {
            throw new BadRequestException("networkColumn: column '" + column + "' holds "
                    + found.getType().getSimpleName() + " values, not gene identifiers (number columns are read "
                    + "when their name says entrez, ncbi or gene)");
        }
        return read(network, network.getNodeList(), found, genes).filter(f -> f.genes() > 0);
    }

    private static int preference(String column) {
        return column.equals(CyNetwork.NAME) ? 0 : column.equals("shared name") ? 1 : 2;
    }

    /**
     * Text columns, and whole-number columns named like Entrez ids ({@code entrez}, {@code ncbi}, {@code gene}): a
     * count such as a degree or a cluster size would otherwise read as Entrez ids, most small numbers being one.
     */
    static boolean isCandidate(CyColumn column) {
        Class<?> type = column.getType();
        if (type == String.class) {
            return true;
        }
        String name = column.getName().toLowerCase(Locale.ROOT);
        return (type == Integer.class || type == Long.class) && !name.equals(CyIdentifiable.SUID.toLowerCase(Locale.ROOT))
                && (name.contains("entrez") || name.contains("ncbi") || name.contains("gene"));
    }

    private static Optional<Found> read(CyNetwork network, List<CyNode> nodes, CyColumn column, GeneReference genes) {
        List<String> rows = new ArrayList<>();
        List<CyNode> withValue = new ArrayList<>();
        for (CyNode node : nodes) {
            CyRow row = network.getRow(node);
            Object value = row.get(column.getName(), column.getType());
            String text = value == null ? "" : value.toString().strip();
            if (!text.isEmpty()) {
                rows.add(text);
                withValue.add(node);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = network.getRow(network).get(CyNetwork.NAME, String.class);
        Optional<IdentifierColumn> found = IdentifierDetection.of("node table of '" + name + "'", column.getName(),
                rows, genes);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IdentifierColumn detected = found.get();
        Map<Long, NodeGenes> byNode = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NodeGenes named = NodeGenes.of(rows.get(i), detected.kind(), genes);
            if (!named.isEmpty()) {
                byNode.put(withValue.get(i).getSUID(), named);
            }
        }
        return Optional.of(new Found(column.getName(), detected, rows.size(), byNode.size(), byNode));
    }
}
