package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.model.CyTableFactory;
import org.cytoscape.model.CyTableManager;
import org.senescope.model.Node;
import org.senescope.model.analysis.GseaColumn;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.data.GeneSet;
import org.senescope.workflow.GseaResult;

/**
 * Writes a GSEA result into Cytoscape: the results as the unassigned table {@value #TABLE_TITLE} (one row per set
 * tested: the command line's {@link GseaColumn}s, with the set's source and description after its name), replacing
 * the table of an earlier run (which the caller deletes once the run succeeded), and on every node the sets it belongs to ({@link GseaResult#setsOf}): {@value #SETS}
 * lists {@code set: NES} for each, and {@value #SET}, {@value #NES} and {@value #Q} hold its first-listed set's.
 * Earlier GSEA node columns are deleted first, so nothing is left from another run. Not thread-safe; call it from the
 * task.
 */
final class GseaColumns {

    static final String TABLE_TITLE = "Senescope GSEA";
    static final String PREFIX = SenescopeColumns.NAMESPACE + SenescopeColumns.NAMESPACE_SEPARATOR + "gsea_";
    static final String SETS = PREFIX + "sets";
    static final String SET = PREFIX + "set";
    static final String NES = PREFIX + "nes";
    static final String Q = PREFIX + "q";

    /** The table's columns after the set's name: where the set came from and what it is. */
    static final String SOURCE = "source";
    static final String DESCRIPTION = "description";

    private GseaColumns() {
    }

    /** Whether a node column is one this class writes (an overlay import leaves these alone). */
    static boolean isGseaColumn(String column) {
        return column.startsWith(PREFIX);
    }

    /** The {@value #TABLE_TITLE} tables registered now: an earlier run's, which a new run replaces. */
    static List<CyTable> earlierTables(CyTableManager manager) {
        return manager.getAllTables(true).stream().filter(t -> TABLE_TITLE.equals(t.getTitle())).toList();
    }

    /**
     * Writes the result table and registers it; returns it. An earlier run's table stays until the caller deletes
     * it ({@link #earlierTables}), so that a failure before then leaves it.
     */
    static CyTable writeTable(GseaResult result, CyTableFactory factory, CyTableManager manager) {
        CyTable table = factory.createTable(TABLE_TITLE, GseaColumn.GENE_SET.header(), String.class, true, true);
        table.createColumn(SOURCE, String.class, false);
        table.createColumn(DESCRIPTION, String.class, false);
        List<GseaColumn> columns = List.of(GseaColumn.values()).subList(1, GseaColumn.values().length);
        for (GseaColumn column : columns) {
            switch (column.kind()) {
                case DECIMAL -> table.createColumn(column.header(), Double.class, false);
                case COUNT -> table.createColumn(column.header(), Integer.class, false);
                case TEXT_LIST -> table.createListColumn(column.header(), String.class, false);
                case TEXT -> table.createColumn(column.header(), String.class, false);
            }
        }
        Map<String, String> sources = result.sets().sources();
        Map<String, GeneSet> sets = result.sets().byName();
        for (GseaSetResult r : result.run().results()) {
            CyRow row = table.getRow(r.name());
            row.set(SOURCE, sources.get(r.name()));
            row.set(DESCRIPTION, Objects.requireNonNull(sets.get(r.name()), () -> "no gene set '" + r.name() + "'")
                    .description());
            for (GseaColumn column : columns) {
                set(row, column.header(), column.value(r));
            }
        }
        manager.addTable(table);
        return table;
    }

    /** Writes each node's sets into the node table, replacing earlier GSEA columns; returns the columns written. */
    static List<String> writeNodes(GseaResult result, CyNetwork network, OverlayTarget target) {
        CyTable nodes = network.getDefaultNodeTable();
        List<String> old = nodes.getColumns().stream().map(CyColumn::getName).filter(GseaColumns::isGseaColumn)
                .toList();
        old.forEach(nodes::deleteColumn);
        nodes.createListColumn(SETS, String.class, false);
        nodes.createColumn(SET, String.class, false);
        nodes.createColumn(NES, Double.class, false);
        nodes.createColumn(Q, Double.class, false);
        for (Map.Entry<String, CyNode> entry : target.ids().nodes().entrySet()) {
            Node node = target.model().node(entry.getKey()).orElseThrow();
            List<GseaSetResult> member = result.setsOf(node);
            if (member.isEmpty()) {
                continue;
            }
            CyRow row = network.getRow(entry.getValue());
            row.set(SETS, member.stream().map(r -> r.name() + ": " + nes(r.normalized())).toList());
            row.set(SET, member.get(0).name());
            set(row, NES, member.get(0).normalized());
            set(row, Q, member.get(0).q());
        }
        return List.of(SETS, SET, NES, Q);
    }

    private static String nes(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Sets a cell as Cytoscape holds values: empty for a number that could not be estimated, a list as a copy. */
    private static void set(CyRow row, String column, Object value) {
        if (value instanceof Double d && d.isNaN()) {
            row.set(column, null);
        } else {
            row.set(column, value instanceof List<?> list ? new ArrayList<>(list) : value);
        }
    }
}
