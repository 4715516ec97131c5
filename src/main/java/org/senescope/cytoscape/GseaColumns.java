package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.model.CyTableFactory;
import org.cytoscape.model.CyTableManager;
import org.senescope.analysis.gsea.GseaResult;
import org.senescope.analysis.gsea.GseaRun;
import org.senescope.model.Node;
import org.senescope.model.data.GeneSet;

/**
 * Writes a GSEA run into Cytoscape: the results as the unassigned table {@value #TABLE_TITLE} (one row per set
 * tested, the command line's columns), replacing the table of an earlier run, and on every node the sets it belongs
 * to: {@value #SETS} lists {@code set: NES} for each (modules in the node's own module order, then GMT sets that
 * contain one of its genes), and {@value #SET}, {@value #NES} and {@value #Q} hold its first-listed set's. Earlier
 * GSEA node columns are deleted first, so nothing is left from another run. Not thread-safe; call it from the task.
 */
final class GseaColumns {

    static final String TABLE_TITLE = "Senescope GSEA";
    static final String PREFIX = SenescopeColumns.NAMESPACE + SenescopeColumns.NAMESPACE_SEPARATOR + "gsea_";
    static final String SETS = PREFIX + "sets";
    static final String SET = PREFIX + "set";
    static final String NES = PREFIX + "nes";
    static final String Q = PREFIX + "q";

    /** The result table's columns, as {@code senescope gsea}'s gsea.tsv names them, and the set's source. */
    static final List<String> RESULT_COLUMNS = List.of("gene_set", "source", "description", "direction", "ES", "NES",
            "p", "p_method", "log2err", "q_bh", "size_before", "size_in_data", "leading_edge_size", "leading_edge");

    private GseaColumns() {
    }

    /** Whether a node column is one this class writes (an overlay import leaves these alone). */
    static boolean isGseaColumn(String column) {
        return column.startsWith(PREFIX);
    }

    /**
     * Writes the result table and registers it, deleting an earlier {@value #TABLE_TITLE} table; returns it.
     *
     * @param sources each set's source ({@code module} or the GMT file) by name
     */
    static CyTable writeTable(GseaRun run, Map<String, GeneSet> sets, Map<String, String> sources,
                              CyTableFactory factory, CyTableManager manager) {
        for (CyTable old : manager.getAllTables(true)) {
            if (TABLE_TITLE.equals(old.getTitle())) {
                manager.deleteTable(old.getSUID());
            }
        }
        CyTable table = factory.createTable(TABLE_TITLE, "gene_set", String.class, true, true);
        for (String column : RESULT_COLUMNS.subList(1, RESULT_COLUMNS.size())) {
            switch (column) {
                case "ES", "NES", "p", "log2err", "q_bh" -> table.createColumn(column, Double.class, false);
                case "size_before", "size_in_data", "leading_edge_size" ->
                        table.createColumn(column, Integer.class, false);
                case "leading_edge" -> table.createListColumn(column, String.class, false);
                default -> table.createColumn(column, String.class, false);
            }
        }
        for (GseaResult r : run.results()) {
            CyRow row = table.getRow(r.name());
            row.set("source", sources.get(r.name()));
            row.set("description", sets.get(r.name()).description());
            row.set("direction", r.direction());
            row.set("ES", number(r.score()));
            row.set("NES", number(r.normalized()));
            row.set("p", number(r.p()));
            row.set("p_method", r.method().name().toLowerCase(Locale.ROOT));
            row.set("log2err", number(r.log2Error()));
            row.set("q_bh", number(r.q()));
            row.set("size_before", r.sizeBefore());
            row.set("size_in_data", r.size());
            row.set("leading_edge_size", r.leadingEdge().size());
            row.set("leading_edge", new ArrayList<>(r.leadingEdge()));
        }
        manager.addTable(table);
        return table;
    }

    /**
     * Writes each node's sets into the node table, replacing earlier GSEA columns; returns the columns written.
     *
     * @param moduleSets the names of the sets that are the network's modules
     */
    static List<String> writeNodes(GseaRun run, Map<String, GeneSet> sets, Set<String> moduleSets,
                                   CyNetwork network, OverlayTarget target) {
        CyTable nodes = network.getDefaultNodeTable();
        List<String> old = nodes.getColumns().stream().map(CyColumn::getName).filter(GseaColumns::isGseaColumn)
                .toList();
        old.forEach(nodes::deleteColumn);
        nodes.createListColumn(SETS, String.class, false);
        nodes.createColumn(SET, String.class, false);
        nodes.createColumn(NES, Double.class, false);
        nodes.createColumn(Q, Double.class, false);
        Map<String, GseaResult> tested = new LinkedHashMap<>();
        run.results().forEach(r -> tested.put(r.name(), r));
        for (Map.Entry<String, CyNode> entry : target.ids().nodes().entrySet()) {
            Node node = target.model().node(entry.getKey()).orElseThrow();
            List<GseaResult> member = new ArrayList<>();
            for (String module : node.modules()) {
                if (moduleSets.contains(module) && tested.containsKey(module)) {
                    member.add(tested.get(module));
                }
            }
            for (GseaResult r : tested.values()) {
                if (!moduleSets.contains(r.name())
                        && node.humanSymbols().stream().anyMatch(sets.get(r.name()).genes()::contains)) {
                    member.add(r);
                }
            }
            if (member.isEmpty()) {
                continue;
            }
            CyRow row = network.getRow(entry.getValue());
            row.set(SETS, member.stream().map(r -> r.name() + ": " + nes(r.normalized())).toList());
            row.set(SET, member.get(0).name());
            row.set(NES, number(member.get(0).normalized()));
            row.set(Q, number(member.get(0).q()));
        }
        return List.of(SETS, SET, NES, Q);
    }

    private static String nes(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Cytoscape's empty cell for a number that could not be estimated. */
    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
