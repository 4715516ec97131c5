package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.model.subnetwork.CyRootNetwork;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Cytoscape tables that a task may change (those {@code changed} selects: Senescope's), with every
 * row's value, taken before the task writes, so that a failure part-way can put them back: {@link #restore()} deletes
 * the selected columns made since, makes again those deleted since (same name and type; Cytoscape puts them last) and
 * sets back every value that differs. Columns the predicate does not select are neither read nor touched. Not
 * thread-safe; call it from the task.
 */
final class ColumnSnapshot {

    private record Kept(String name, Class<?> type, @Nullable Class<?> elementType, Map<CyRow, Object> values) {
    }

    private record TableState(CyTable table, List<Kept> columns) {
    }

    private final Predicate<String> changed;
    private final List<TableState> tables = new ArrayList<>();

    private ColumnSnapshot(Predicate<String> changed) {
        this.changed = changed;
    }

    /**
     * The selected node, edge and network columns of {@code network}'s whole collection as they are now. A column
     * made through a network's default table is a shared column of its root network: every network of the collection
     * shows it and its values live in the root's shared table, rows for the nodes, edges and networks of the whole
     * collection, while a default table lists only its own network's rows. So the shared tables are taken (all their
     * rows), then the default tables (for a local column of a selected name); {@link #restore()} goes in that order.
     */
    static ColumnSnapshot ofCollection(Predicate<String> changed, CyRootNetworkManager roots, CyNetwork network) {
        CyRootNetwork root = roots.getRootNetwork(network);
        return of(changed, root.getSharedNodeTable(), root.getSharedEdgeTable(), root.getSharedNetworkTable(),
                network.getDefaultNodeTable(), network.getDefaultEdgeTable(), network.getDefaultNetworkTable());
    }

    /** The selected columns of {@code tables} as they are now; {@link #restore()} puts them back in this order. */
    private static ColumnSnapshot of(Predicate<String> changed, CyTable... tables) {
        ColumnSnapshot snapshot = new ColumnSnapshot(changed);
        for (CyTable table : tables) {
            List<Kept> columns = new ArrayList<>();
            for (CyColumn column : table.getColumns()) {
                if (changed.test(column.getName())) {
                    columns.add(new Kept(column.getName(), column.getType(), column.getListElementType(),
                            values(table, column)));
                }
            }
            snapshot.tables.add(new TableState(table, columns));
        }
        return snapshot;
    }

    private static Map<CyRow, Object> values(CyTable table, CyColumn column) {
        Map<CyRow, Object> values = new HashMap<>();
        for (CyRow row : table.getAllRows()) {
            Object value = copy(row.get(column.getName(), column.getType()));
            if (value != null) {
                values.put(row, value);
            }
        }
        return values;
    }

    /** A list value as an unmodifiable copy (the row's may change later), any other value as it is. */
    private static @Nullable Object copy(@Nullable Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : value;
    }

    /** Puts the selected columns of every table back as they were when the snapshot was taken. */
    void restore() {
        for (TableState state : tables) {
            CyTable table = state.table();
            List<String> kept = state.columns().stream().map(Kept::name).toList();
            List<String> made = table.getColumns().stream().map(CyColumn::getName)
                    .filter(changed).filter(n -> !kept.contains(n)).toList();
            made.forEach(table::deleteColumn);
            state.columns().forEach(column -> restore(table, column));
        }
    }

    private static void restore(CyTable table, Kept column) {
        CyColumn now = table.getColumn(column.name());
        if (now != null && (now.getType() != column.type()
                || !Objects.equals(now.getListElementType(), column.elementType()))) {
            table.deleteColumn(column.name());
            now = null;
        }
        if (now == null) {
            Class<?> elementType = column.elementType();
            if (elementType != null) {
                table.createListColumn(column.name(), elementType, false);
            } else {
                table.createColumn(column.name(), column.type(), false);
            }
        }
        for (CyRow row : table.getAllRows()) {
            Object was = column.values().get(row);
            if (!Objects.equals(was, copy(row.get(column.name(), column.type())))) {
                // A list goes back as a copy of its own, as Cytoscape holds list values.
                row.set(column.name(), was instanceof List<?> list ? new ArrayList<>(list) : was);
            }
        }
    }
}
