// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.model;

import java.util.Collection;
import java.util.List;

public interface CyTable {
    <T> void createColumn(String columnName, Class<? extends T> type, boolean isImmutable);

    <T> void createColumn(String columnName, Class<? extends T> type, boolean isImmutable, T defaultValue);

    default <T> void createColumn(String namespace, String name, Class<? extends T> type, boolean isImmutable) {
        createColumn(namespace + "::" + name, type, isImmutable);
    }

    <T> void createListColumn(String columnName, Class<T> listElementType, boolean isImmutable);

    CyColumn getColumn(String columnName);

    Collection<CyColumn> getColumns();

    void deleteColumn(String columnName);

    CyRow getRow(Object primaryKey);

    List<CyRow> getAllRows();

    Collection<CyRow> getMatchingRows(String columnName, Object value);

    int getRowCount();
}
