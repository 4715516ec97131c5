package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link CyTable} that enforces what Cytoscape 3.10.3's {@code CyTableImpl} does: creating a column that
 * exists fails, setting a value of the wrong type or in a missing column fails, {@code getRow} makes the row it is
 * asked for, a {@code null} value empties a cell, and an immutable column cannot be deleted. List columns as there:
 * {@code getList} gives the stored list itself (changes write through), {@code null} for a missing column or an empty
 * cell, and refuses a column that is no list or holds another element type; setting one takes a copy of the list,
 * refuses a value that is no list or whose first element is no table type, and throws the
 * {@link ClassCastException} of Cytoscape's primitive lists when an Integer, Long, Double or Boolean list gets another
 * element type (a String list keeps whatever legal values it is given, as Cytoscape's does). {@code get} with another
 * type than the column's fails only when the cell holds a value, with a {@link ClassCastException}.
 *
 * <p>A sub-network's default table ({@link #MemoryTable(MemoryTable, String...)}) is modelled on cytoscape-impl's
 * {@code LocalTableFacade} over its root network's {@code SharedTableFacade}: a column created through it is created
 * in the root's shared table and shown (as a virtual column) by the default table of every network of the collection;
 * its values live in the shared table, one row per SUID, so a node in two networks has one value; deleting it through
 * any network's table deletes it from all; creating a name that any of them shows fails. The shared table itself
 * ({@link #rootTable}, as {@code CyRootNetwork.getSharedNodeTable()} gives it) lists a row for every SUID of the
 * collection that has a shared value, and creating or deleting a column through it does so in every network's table. Only {@code SUID},
 * {@code name}, {@code selected} (and {@code interaction} on edges) are the network's own, immutable columns.
 */
final class MemoryTable implements CyTable {

    record MemoryColumn(String getName, Class<?> getType, Class<?> getListElementType, boolean immutable)
            implements CyColumn {
        @Override
        public Long getSUID() {
            return (long) getName.hashCode();
        }
    }

    /**
     * Injected faults: the column creation (or deletion) that fails, counted from 1 over every table from the time
     * it is set; 0 for none. Each fails once. Reset with {@link #failNothing()}.
     */
    static int failingCreation;
    static int failingDeletion;

    static void failNothing() {
        failingCreation = 0;
        failingDeletion = 0;
    }

    private static IllegalStateException fault(String what, String column) {
        return new IllegalStateException("injected failure in " + what + " of " + column);
    }

    private final Map<String, MemoryColumn> columns = new LinkedHashMap<>();
    private final Map<Object, MemoryRow> rows = new LinkedHashMap<>();
    private final Long suid = MemoryNetwork.SUIDS.incrementAndGet();
    private final String primaryKey;
    private String title = "";
    /** For a sub-network's default table: its collection's shared (root) table; null for any other table. */
    private final @Nullable MemoryTable shared;
    /** For a shared (root) table: the default tables of the collection's networks, which show its columns. */
    private final List<MemoryTable> facades = new ArrayList<>();
    /** Whether this is a root network's shared table ({@link #rootTable}). */
    private boolean isRootTable;

    /**
     * A network's table: primary key SUID, the given text columns and {@code selected}. As in a sub-network's default
     * table, {@code shared name} and {@code shared interaction} (the root network's shared columns, created immutable
     * there) cannot be deleted.
     */
    MemoryTable(String... stringColumns) {
        this.primaryKey = "SUID";
        this.shared = null;
        columns.put("SUID", new MemoryColumn("SUID", Long.class, null, true));
        for (String name : stringColumns) {
            createColumn(name, String.class, name.startsWith("shared "));
        }
        createColumn("selected", Boolean.class, false);
    }

    /** A table as {@code CyTableFactory} makes it: a title and a primary key column only. */
    MemoryTable(String title, String primaryKey, Class<?> primaryKeyType) {
        this.title = title;
        this.primaryKey = primaryKey;
        this.shared = null;
        columns.put(primaryKey, new MemoryColumn(primaryKey, primaryKeyType, null, true));
    }

    /** A root network's shared table, as {@code CyRootNetworkImpl} makes it: SUID and the given immutable columns. */
    static MemoryTable rootTable(String... sharedColumns) {
        MemoryTable table = new MemoryTable("shared", "SUID", Long.class);
        table.isRootTable = true;
        for (String name : sharedColumns) {
            table.columns.put(name, new MemoryColumn(name, String.class, null, true));
        }
        return table;
    }

    /**
     * A sub-network's default table over its root's {@code shared} table, in the order {@code DefaultTablesNetwork}
     * makes it: SUID, the shared columns that exist now, then the network's own immutable {@code localColumns}
     * ({@code name}, {@code selected} and, for edges, {@code interaction}; {@code selected} is Boolean).
     */
    MemoryTable(MemoryTable shared, String... localColumns) {
        this.primaryKey = "SUID";
        this.shared = shared;
        columns.put("SUID", new MemoryColumn("SUID", Long.class, null, true));
        shared.columns.values().stream().filter(c -> !c.getName().equals("SUID")).forEach(c -> columns.put(c.getName(), c));
        for (String name : localColumns) {
            columns.put(name, new MemoryColumn(name, name.equals("selected") ? Boolean.class : String.class, null, true));
        }
        shared.facades.add(this);
    }

    /** The collection's shared table when this is one or a default table over one; null for any other table. */
    private @Nullable MemoryTable collection() {
        return isRootTable ? this : shared;
    }

    /** Whether {@code column} is a shared (root) column shown here, whose values live in the shared table. */
    private boolean isShared(MemoryColumn column) {
        return shared != null && shared.columns.get(column.getName()) == column;
    }

    @Override
    public Long getSUID() {
        return suid;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public CyColumn getPrimaryKey() {
        return columns.get(primaryKey);
    }

    @Override
    public boolean rowExists(Object key) {
        return rows.containsKey(key);
    }

    @Override
    public <T> void createColumn(String columnName, Class<? extends T> type, boolean isImmutable) {
        add(new MemoryColumn(columnName, type, null, isImmutable));
    }

    @Override
    public <T> void createColumn(String columnName, Class<? extends T> type, boolean isImmutable, T defaultValue) {
        createColumn(columnName, type, isImmutable);
    }

    @Override
    public <T> void createListColumn(String columnName, Class<T> listElementType, boolean isImmutable) {
        add(new MemoryColumn(columnName, List.class, listElementType, isImmutable));
    }

    private void add(MemoryColumn column) {
        if (failingCreation > 0 && --failingCreation == 0) {
            throw fault("createColumn", column.getName());
        }
        MemoryTable root = collection();
        if (root != null) {
            // SharedTableFacade (reached through a network's table or directly): refused when the shared table or
            // any network's table has the name.
            if (root.columns.containsKey(column.getName())
                    || root.facades.stream().anyMatch(t -> t.columns.containsKey(column.getName()))) {
                throw new IllegalArgumentException("column already exists with name: '" + column.getName() + "'");
            }
            root.columns.put(column.getName(), column);
            root.facades.forEach(t -> t.columns.put(column.getName(), column));
            return;
        }
        if (columns.containsKey(column.getName())) {
            throw new IllegalArgumentException("column already exists with name: '" + column.getName() + "'");
        }
        columns.put(column.getName(), column);
    }

    @Override
    public CyColumn getColumn(String columnName) {
        return columns.get(columnName);
    }

    @Override
    public Collection<CyColumn> getColumns() {
        return List.copyOf(columns.values());
    }

    List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    @Override
    public void deleteColumn(String columnName) {
        if (failingDeletion > 0 && --failingDeletion == 0) {
            throw fault("deleteColumn", columnName);
        }
        MemoryColumn column = columns.get(columnName);
        if (column != null && column.immutable()) {
            throw new IllegalArgumentException("cannot delete immutable column \"" + columnName + "\".");
        }
        MemoryTable root = collection();
        if (column != null && root != null && (isRootTable || isShared(column))) {
            // SharedTableFacade: from every network's table of the collection, and from the shared table.
            root.facades.forEach(t -> t.columns.remove(columnName));
            root.columns.remove(columnName);
            root.rows.values().forEach(r -> r.values.remove(columnName));
            return;
        }
        columns.remove(columnName);
        rows.values().forEach(r -> r.values.remove(columnName));
    }

    @Override
    public CyRow getRow(Object keyValue) {
        return rows.computeIfAbsent(keyValue, key -> {
            // As in Cytoscape, a default table's row has its object's SUID; any other row gets a SUID of its own.
            MemoryRow row = new MemoryRow(key instanceof Long suid ? suid : MemoryNetwork.SUIDS.incrementAndGet());
            row.values.put(primaryKey, key);
            return row;
        });
    }

    /** Drops the row of {@code key}, as Cytoscape does for an element removed from its network. */
    void removeRow(Object key) {
        rows.remove(key);
    }

    @Override
    public List<CyRow> getAllRows() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public Collection<CyRow> getMatchingRows(String columnName, Object value) {
        return rows.values().stream().filter(r -> Objects.equals(r.raw(columnName), value))
                .map(CyRow.class::cast).toList();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    final class MemoryRow implements CyRow {
        private final Map<String, Object> values = new HashMap<>();
        private final Long suid;

        MemoryRow(Long suid) {
            this.suid = suid;
        }

        @Override
        public Long getSUID() {
            return suid;
        }

        @Override
        public <T> T get(String columnName, Class<? extends T> type) {
            return type.cast(store(columnName).get(columnName));
        }

        @Override
        public <T> List<T> getList(String columnName, Class<T> listElementType) {
            MemoryColumn column = columns.get(columnName);
            if (column == null) {
                return null;
            }
            if (column.getListElementType() == null) {
                throw new IllegalArgumentException("'" + columnName + "' is not a List.");
            }
            if (column.getListElementType() != listElementType) {
                throw new IllegalArgumentException("invalid list element type for column '" + columnName + ", found: "
                        + listElementType.getName() + ", expected: " + column.getListElementType().getName() + ".");
            }
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) store(columnName).get(columnName);
            return list;
        }

        @Override
        public <T> void set(String columnName, T value) {
            MemoryColumn column = columns.get(columnName);
            if (column == null) {
                throw new IllegalArgumentException("no column '" + columnName + "'");
            }
            if (value == null) {
                store(columnName).remove(columnName);
                return;
            }
            if (column.getListElementType() != null) {
                store(columnName).put(columnName, listValue(column, value));
                return;
            }
            tableType(value);
            if (!column.getType().isInstance(value)) {
                throw new IllegalArgumentException("value of \"" + columnName + "\" is not of type " + column.getType());
            }
            store(columnName).put(columnName, value);
        }

        @Override
        public boolean isSet(String columnName) {
            return store(columnName).containsKey(columnName);
        }

        private static List<Object> listValue(MemoryColumn column, Object value) {
            if (!(value instanceof List<?> list)) {
                throw new IllegalArgumentException("value is a " + value.getClass().getName() + " and not a List for "
                        + "column '" + column.getName() + "'.");
            }
            if (!list.isEmpty()) {
                tableType(list.get(0));
            }
            Class<?> element = column.getListElementType();
            List<Object> stored = new ArrayList<>(list.size());
            // Cytoscape copies into a primitive list for these element types, which casts every element.
            list.forEach(item -> stored.add(element == String.class ? item : element.cast(item)));
            return stored;
        }

        private static void tableType(Object value) {
            if (!(value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Double || value instanceof Boolean)) {
                throw new IllegalArgumentException("invalid type: " + value.getClass());
            }
        }

        /** The raw value, whatever the type, for a style's mappings. */
        Object raw(String columnName) {
            return store(columnName).get(columnName);
        }

        /** Where a column's cell lives: for a shared (root) column the shared table's row of this SUID, else here. */
        private Map<String, Object> store(String columnName) {
            MemoryColumn column = columns.get(columnName);
            MemoryTable root = shared;
            return root != null && column != null && isShared(column) ? ((MemoryRow) root.getRow(suid)).values : values;
        }
    }
}
