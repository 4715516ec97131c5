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

/**
 * An in-memory {@link CyTable} that enforces what Cytoscape's does: creating a column that exists fails, setting a
 * value of the wrong type or in a missing column fails, {@code getRow} makes the row it is asked for, and a
 * {@code null} value empties a cell.
 */
final class MemoryTable implements CyTable {

    record MemoryColumn(String getName, Class<?> getType, Class<?> getListElementType) implements CyColumn {
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

    /** A network's table: primary key SUID, the given text columns and {@code selected}. */
    MemoryTable(String... stringColumns) {
        this.primaryKey = "SUID";
        columns.put("SUID", new MemoryColumn("SUID", Long.class, null));
        for (String name : stringColumns) {
            createColumn(name, String.class, false);
        }
        createColumn("selected", Boolean.class, false);
    }

    /** A table as {@code CyTableFactory} makes it: a title and a primary key column only. */
    MemoryTable(String title, String primaryKey, Class<?> primaryKeyType) {
        this.title = title;
        this.primaryKey = primaryKey;
        columns.put(primaryKey, new MemoryColumn(primaryKey, primaryKeyType, null));
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
        add(new MemoryColumn(columnName, type, null));
    }

    @Override
    public <T> void createColumn(String columnName, Class<? extends T> type, boolean isImmutable, T defaultValue) {
        createColumn(columnName, type, isImmutable);
    }

    @Override
    public <T> void createListColumn(String columnName, Class<T> listElementType, boolean isImmutable) {
        add(new MemoryColumn(columnName, List.class, listElementType));
    }

    private void add(MemoryColumn column) {
        if (failingCreation > 0 && --failingCreation == 0) {
            throw fault("createColumn", column.getName());
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

    @Override
    public List<CyRow> getAllRows() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public Collection<CyRow> getMatchingRows(String columnName, Object value) {
        return rows.values().stream().filter(r -> Objects.equals(r.values.get(columnName), value))
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
            MemoryColumn column = columns.get(columnName);
            if (column == null) {
                return null;
            }
            if (column.getType() != type) {
                throw new IllegalArgumentException(columnName + " is " + column.getType() + ", asked for " + type);
            }
            return type.cast(values.get(columnName));
        }

        @Override
        public <T> List<T> getList(String columnName, Class<T> listElementType) {
            MemoryColumn column = columns.get(columnName);
            if (column == null || column.getListElementType() != listElementType) {
                throw new IllegalArgumentException(columnName + " is no list of " + listElementType);
            }
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) values.get(columnName);
            return list;
        }

        @Override
        public <T> void set(String columnName, T value) {
            MemoryColumn column = columns.get(columnName);
            if (column == null) {
                throw new IllegalArgumentException("no column '" + columnName + "'");
            }
            if (value == null) {
                values.remove(columnName);
                return;
            }
            if (!column.getType().isInstance(value)) {
                throw new IllegalArgumentException(columnName + " is " + column.getType() + ", given " + value.getClass());
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (!column.getListElementType().isInstance(item)) {
                        throw new IllegalArgumentException(columnName + " holds " + column.getListElementType());
                    }
                }
                values.put(columnName, List.copyOf(list));
            } else {
                values.put(columnName, value);
            }
        }

        @Override
        public boolean isSet(String columnName) {
            return values.containsKey(columnName);
        }

        /** The raw value, whatever the type, for a style's mappings. */
        Object raw(String columnName) {
            return values.get(columnName);
        }
    }
}
